// First, before anything else is evaluated: open the engine link (see start-engine.ts).
import './start-engine.js';
import './i18n/i18n.js'; // the language before the first render: nothing shows in English first
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import '@radix-ui/themes/styles.css';
import './theme/global.css';
import { App } from './App.js';
import { ErrorBoundary } from './shell/ErrorBoundary.js';
import { parseConsoleWindow } from './features/console/console-window-url.js';

const consoleWindow = parseConsoleWindow(window.location.search);

// A console window needs the console code at once: fetch it now, alongside the engine link. The main
// window never loads it before a console is opened.
const consoleWindowApp = consoleWindow ? import('./shell/ConsoleWindowApp.js') : null;
const ConsoleWindowApp = lazy(async () => ({ default: (await consoleWindowApp!).ConsoleWindowApp }));

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      {consoleWindow ? (
        <Suspense fallback={null}>
          <ConsoleWindowApp params={consoleWindow} />
        </Suspense>
      ) : (
        <App />
      )}
    </ErrorBoundary>
  </StrictMode>,
);
