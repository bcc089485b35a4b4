// Electron loads the renderer from a privileged custom scheme (not file://, whose pages all share the
// opaque origin "null" with any other local file): the window's pages have the origin virtdesk://app,
// which the console relay accepts. Constants only, so the main process and the server share them
// without the server depending on Electron.
export const APP_SCHEME = 'virtdesk';
export const APP_HOST = 'app';
/** The Origin header Chromium sends for the window's pages (a standard scheme: scheme://host). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer's entry page in the window. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
