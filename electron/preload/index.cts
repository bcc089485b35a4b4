// The one narrow object the renderer gets: window.virtdesk = { call, consoleBase, on, onEngineState, onMenu, pickFile, pathOfFile,
// onOpenFile }. Never ipcRenderer itself. CommonJS because sandboxed preloads cannot be ES modules; it
// may import nothing but 'electron'.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { FileKind } from '../../shared/schemas/media-methods.js' with { 'resolution-mode': 'import' };
import type { VirtdeskBridge, VmEvent, VmMethod } from '../../shared/api.js' with { 'resolution-mode': 'import' };

const bridge: VirtdeskBridge = {
  call: (method: VmMethod, arg: unknown) => ipcRenderer.invoke('virtdesk:call', method, arg),
  consoleBase: () => ipcRenderer.invoke('virtdesk:console-base') as Promise<string>,
  on(listener: (event: VmEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: VmEvent) => listener(event);
    ipcRenderer.on('virtdesk:event', handler);
    return () => ipcRenderer.removeListener('virtdesk:event', handler);
  },
  onEngineState(listener) {
    const handler = (_e: IpcRendererEvent, state: Parameters<typeof listener>[0]) => listener(state);
    ipcRenderer.on('virtdesk:engine-state', handler);
    return () => ipcRenderer.removeListener('virtdesk:engine-state', handler);
  },
  onMenu(listener) {
    const handler = (_e: IpcRendererEvent, command: Parameters<typeof listener>[0]) => listener(command);
    ipcRenderer.on('virtdesk:menu', handler);
    return () => ipcRenderer.removeListener('virtdesk:menu', handler);
  },
  pickFile: (kind: FileKind, startIn?: string) => ipcRenderer.invoke('virtdesk:pick-file', kind, startIn) as Promise<string | null>,
  // File.path is gone from current Electron; webUtils answers only for a File the page really got.
  pathOfFile: (file: object) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
  onOpenFile(listener: (path: string) => void) {
    const handler = (_e: IpcRendererEvent, path: string) => listener(path);
    ipcRenderer.on('virtdesk:open-file', handler);
    // The files asked for before this page listened (VirtDesk started by opening an ISO) come now.
    void (ipcRenderer.invoke('virtdesk:opened-files') as Promise<string[]>).then((paths) => paths.forEach(listener));
    return () => ipcRenderer.removeListener('virtdesk:open-file', handler);
  },
};

contextBridge.exposeInMainWorld('virtdesk', bridge);
