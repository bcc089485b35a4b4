// Electron shell: a window for the renderer, IPC bound to the engine, which runs in a utilityProcess
// of its own (engine-process.ts: the same createEngine and serve() as the headless server), engine
// events forwarded to every window. Deliberately thin: the Electron binary cannot run in CI, so
// everything with logic lives in the engine, tested on its own and through the headless mode; this
// file is tested against a stand-in for electron (test-support/electron-stand-in.ts).
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell, utilityProcess, type IpcMainInvokeEvent } from 'electron';
import type { i18n as I18n } from 'i18next';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VmEvent } from '../../shared/api.js';
import { createI18n, pickLanguage, tr } from '../../shared/i18n/index.js';
import { engineHolder } from '../engine/engine-lock.js';
import { messageOf } from '../engine/engine-messages.js';
import { defaultPaths } from '../engine/paths.js';
import { installUnexpectedErrorPolicy } from '../engine/unexpected-errors.js';
import { APP_INDEX_URL, APP_SCHEME } from '../server/app-origin.js';
import { APP_SCHEME_PRIVILEGES, appProtocolResponse } from '../server/app-protocol.js';
import { attachToEngine } from './engine-attach.js';
import { EngineLink, type EngineLinkState } from './engine-link.js';
import { menuTemplate, type MenuCommand } from './menu.js';
import { allowPermission } from './permissions.js';
import { dialogFilters, isoPathsFromArgv, kindOf } from './open-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../../renderer');
const preload = path.resolve(here, '../preload/index.cjs');
const engineEntry = path.resolve(here, 'engine-process.js');
/** The project's page (package.json's homepage), for Help and About. */
const homepage = (JSON.parse(fs.readFileSync(path.resolve(here, '../../../package.json'), 'utf8')) as { homepage?: string }).homepage;
/** DevTools only where VirtDesk runs from its sources (npm start), never in a package. */
const development = !app.isPackaged;

// An error nobody caught in the shell is logged and the windows stay (the engine has its own process).
installUnexpectedErrorPolicy();
// The window's pages come from virtdesk://app (served below the renderer folder by app-protocol.ts),
// not file://: a real origin of their own, which the console relay accepts, where file:// pages share
// "null" with every local file. Must be registered before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let engine: EngineLink | null = null;
let mainWindow: BrowserWindow | null = null;
/** The desktop's language for the menus, dialogs and window titles (the page picks its own). */
let words: I18n | null = null;
const desktop = (): I18n => (words ??= createI18n(pickLanguage(app.getPreferredSystemLanguages())));
/** ISO images the desktop asked us to open before the page listened (VirtDesk started by opening one). */
let openedFiles: string[] | null = isoPathsFromArgv(process.argv.slice(1), process.cwd());

if (!app.requestSingleInstanceLock()) {
  app.quit(); // one VirtDesk per user: two engines would fight over the same QMP sockets
} else {
  // An ISO opened with VirtDesk while it runs arrives here, in the second instance's argv.
  app.on('second-instance', (_e, argv, cwd) => {
    for (const file of isoPathsFromArgv(argv.slice(1), cwd)) {
      if (openedFiles) openedFiles.push(file);
      else mainWindow?.webContents.send('virtdesk:open-file', file);
    }
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // The engine may refuse to start (an unsafe runtime folder, say): show its reason and fix, then quit.
  void app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox(desktop().t('engine:desktop.cannotStart'), tr(desktop(), messageOf(err)));
      app.quit();
    });
}

async function start() {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(rendererDir, request));
  // The engine process finds its folders as the headless one does (VIRTDESK_DATA_DIR... in its env).
  const link = new EngineLink({
    // One engine per user and folders: when one already runs (`virtdesk --headless`, engine.json names
    // it), the app uses it rather than refuse to start; otherwise, and once that one stops, its own.
    fork: async () => {
      const holder = await engineHolder(defaultPaths().runtimeDir);
      return holder ? attachToEngine(holder) : utilityProcess.fork(engineEntry, [], { serviceName: 'VirtDesk engine', stdio: 'inherit' });
    },
    onFailed: (reason) => {
      dialog.showErrorBox(desktop().t('engine:desktop.cannotStart'), tr(desktop(), reason));
      app.quit();
    },
    // Every window gets the events: console windows follow their VM's state and close when it is deleted.
    onEvent: (e: VmEvent) => toWindows('virtdesk:event', e),
    // A crashed engine is started again; meanwhile the windows say so, then read everything anew.
    onState: (state: EngineLinkState) => toWindows('virtdesk:engine-state', state),
  });
  engine = link;
  ipcMain.handle('virtdesk:call', (event, method: unknown, arg: unknown) => {
    if (!fromOurPage(event)) return { error: { code: 'invalid', message: 'Refused: not the VirtDesk window.' } };
    return link.call(method, arg);
  });
  // Console tickets are paths; the window resolves them against the engine's loopback console server.
  ipcMain.handle('virtdesk:console-base', (event) => (fromOurPage(event) ? link.consoleBase() : null));
  // The desktop's Open dialog for a path field, filtered for its kind of file.
  ipcMain.handle('virtdesk:pick-file', async (event, kind: unknown, startIn: unknown) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!fromOurPage(event) || !win) return null;
    const { canceled, filePaths } = await dialog.showOpenDialog(win, {
      properties: [kindOf(kind) === 'folder' ? 'openDirectory' : 'openFile'],
      filters: dialogFilters(kindOf(kind), desktop()),
      defaultPath: typeof startIn === 'string' && path.isAbsolute(startIn) ? startIn : undefined,
    });
    return canceled ? null : (filePaths[0] ?? null);
  });
  // The page listens now: it takes the files asked for so far, and later ones are sent as they come.
  ipcMain.handle('virtdesk:opened-files', (event) => {
    if (!fromOurPage(event) || event.sender !== mainWindow?.webContents) return [];
    const files = openedFiles ?? [];
    openedFiles = null;
    return files;
  });
  // Chromium asks before a page gets a device or an API: only what VirtDesk uses, only for our page.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(allowPermission(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    allowPermission(permission, requestingOrigin ?? ''),
  );
  app.setAboutPanelOptions({
    applicationName: 'VirtDesk',
    applicationVersion: app.getVersion(),
    credits: desktop().t('engine:desktop.aboutText'),
    website: homepage,
    iconPath: icon,
  });
  const toPage = (command: MenuCommand) => (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send('virtdesk:menu', command);
  const help = () => void (homepage && shell.openExternal(homepage));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate(desktop(), { development, toPage, about: () => app.showAboutPanel(), help })),
  );
  mainWindow = createWindow();
  // A reload leaves no page listening: ISOs opened meanwhile wait until the new page asks for them.
  mainWindow.webContents.on('did-start-loading', () => {
    openedFiles ??= [];
  });
}

function toWindows(channel: string, payload: unknown): void {
  for (const w of BrowserWindow.getAllWindows()) w.webContents.send(channel, payload);
}

const webPreferences = {
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webSecurity: true,
  devTools: development,
} as const;
// Vite copies assets/ into the built renderer, so the icon is there in a package too.
const icon = path.join(rendererDir, 'icon.png');

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({ width: 1100, height: 720, minWidth: 760, minHeight: 480, title: 'VirtDesk', icon, webPreferences });
  guard(win);
  void win.loadURL(APP_INDEX_URL);
  // Closing the main window quits VirtDesk (its console windows with it); the VMs keep running.
  win.on('closed', () => {
    mainWindow = null;
    app.quit();
  });
  return win;
}

/**
 * A window shows only our own page. The one kind of window it may open is our page in console view
 * (?view=console&vm=...), with the same locked-down preferences; links open in the user's browser.
 */
function guard(win: BrowserWindow): void {
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isOurPage(url) && new URL(url).searchParams.get('view') === 'console') {
      // useContentSize: the page saves and restores its inner size; as outer size it would shrink each time.
      return {
        action: 'allow',
        overrideBrowserWindowOptions: {
          title: desktop().t('engine:desktop.consoleWindow'),
          icon,
          minWidth: 480,
          minHeight: 320,
          useContentSize: true,
          webPreferences,
        },
      };
    }
    if (url.startsWith('https:')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('did-create-window', (child) => guard(child));
}

const isOurPage = (url: string) => url.split(/[?#]/)[0] === APP_INDEX_URL;

/** IPC is answered only for our own page, never for a frame that navigated elsewhere. */
function fromOurPage(event: IpcMainInvokeEvent): boolean {
  return isOurPage(event.senderFrame?.url ?? '');
}

app.on('window-all-closed', () => app.quit());
app.on('before-quit', (e) => {
  if (!engine) return;
  // The engine lets go of the VMs (they keep running; the next start re-attaches), then quit for real.
  e.preventDefault();
  const closing = engine;
  engine = null;
  void closing.close().finally(() => app.quit());
});
