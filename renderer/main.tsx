import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@radix-ui/themes/styles.css';
import './app.css';
import { App } from './App.js';
import { connectToEngine } from './api/connect.js';
import { attachEngine } from './store/engine.js';
import { ErrorBoundary } from './shell/ErrorBoundary.js';
import { ConsoleWindowApp } from './shell/ConsoleWindowApp.js';
import { parseConsoleWindow } from './features/console/console-window-url.js';

// The transport is chosen once, before the first render, so every component sees the same client.
// It also takes the server token out of the address bar; the console-window parameters stay.
attachEngine(connectToEngine());
const consoleWindow = parseConsoleWindow(window.location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>{consoleWindow ? <ConsoleWindowApp params={consoleWindow} /> : <App />}</ErrorBoundary>
  </StrictMode>,
);
