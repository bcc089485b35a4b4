import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@radix-ui/themes/styles.css';
import './app.css';
import { App } from './App.js';
import { connectToEngine } from './api/connect.js';
import { attachEngine } from './store/engine.js';
import { ErrorBoundary } from './shell/ErrorBoundary.js';

// The transport is chosen once, before the first render, so every component sees the same client.
attachEngine(connectToEngine());

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
