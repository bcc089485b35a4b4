import { installClient } from './api/client.js';
import { connectToEngine } from './api/connect.js';
import { attachEngine } from './store/sync.js';

// Imported first by main.tsx, so the API connection opens (and list() is on its way) before React,
// the component kit and the views are even evaluated. The transport is chosen once, so every component
// sees the same client; it also takes the server token out of the address bar (the console-window
// parameters stay).
const transport = connectToEngine();
installClient(transport);
attachEngine(transport);
