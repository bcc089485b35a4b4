// A stand-in for the `electron` module, for testing the main process's wiring where no Electron binary
// can run (ENVIRONMENT.md). It records what main asks of Electron (windows and their preferences, IPC
// handlers, menus, dialogs, the permission handler) and lets a test play Electron's part (an IPC call
// from a page, a navigation, a window.open). utilityProcess.fork is real: a Node child process with an
// IPC channel standing in for parentPort (parent-port-shim.mjs), running the real engine. Kept thin: no
// behaviour beyond what main uses.
import { fork as forkChild, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';

type Listener = (...args: any[]) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- EventEmitter's own type

export const recorded = {
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  errorBoxes: [] as { title: string; content: string }[],
  externals: [] as string[],
  menu: null as unknown,
  permissionRequest: null as null | ((wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void),
  permissionCheck: null as null | ((wc: unknown, permission: string, requestingOrigin: string) => boolean),
  engines: [] as ChildProcess[],
  quits: 0,
};

const session = {
  setPermissionRequestHandler: (h: typeof recorded.permissionRequest) => void (recorded.permissionRequest = h),
  setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => void (recorded.permissionCheck = h),
};

class WebContents extends EventEmitter {
  url = '';
  readonly sent: [string, unknown][] = [];
  openHandler: ((d: { url: string }) => unknown) | null = null;
  readonly session = session;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (d: { url: string }) => unknown) {
    this.openHandler = handler;
  }
  isDevToolsOpened = () => false;
  closeDevTools() {}
}

class BrowserWindow extends EventEmitter {
  static readonly all: BrowserWindow[] = [];
  static getAllWindows = () => [...BrowserWindow.all];
  static fromWebContents = (wc: unknown) => BrowserWindow.all.find((w) => w.webContents === wc) ?? null;
  static getFocusedWindow = () => null;
  readonly webContents = new WebContents();
  minimized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.all.push(this);
  }
  loadURL(url: string) {
    this.webContents.url = url;
    return Promise.resolve();
  }
  isMinimized = () => this.minimized;
  restore() {
    this.minimized = false;
  }
  focus() {}
  show() {}
}

const appEvents = new EventEmitter();
const app = {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  requestSingleInstanceLock: () => true,
  getPreferredSystemLanguages: () => ['en-US'],
  getVersion: () => '0.0.0-test',
  setAboutPanelOptions() {},
  showAboutPanel() {},
  on(event: string, listener: Listener) {
    appEvents.on(event, listener);
    return app;
  },
  /** As Electron does: before-quit first, which may preventDefault; otherwise the app is gone. */
  quit() {
    let prevented = false;
    appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) recorded.quits++;
  },
};

const utilityProcess = {
  fork(modulePath: string, args: string[] = []) {
    const child = forkChild(modulePath, args, { execArgv: ['--import', new URL('./parent-port-shim.mjs', import.meta.url).href] });
    recorded.engines.push(child);
    return {
      get pid() {
        return child.pid;
      },
      postMessage: (message: unknown) => void (child.connected && child.send(message as object)),
      on(event: string, listener: (arg: unknown) => void) {
        if (event === 'message') child.on('message', listener);
        if (event === 'exit') child.on('exit', (code) => listener(code ?? -1));
        return this;
      },
      kill: () => child.kill('SIGTERM'),
    };
  },
};

export const electron = {
  app,
  BrowserWindow,
  utilityProcess,
  session: { defaultSession: session },
  ipcMain: { handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => void recorded.handlers.set(channel, h) },
  protocol: { registerSchemesAsPrivileged() {}, handle() {} },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (recorded.menu = m) },
  dialog: {
    showErrorBox: (title: string, content: string) => void recorded.errorBoxes.push({ title, content }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  },
  shell: { openExternal: (url: string) => void recorded.externals.push(url) },
};

export type StandInWindow = BrowserWindow;
