// The one narrow object the renderer gets: window.virtdesk = { call, on }. Never ipcRenderer itself.
// CommonJS because sandboxed preloads cannot be ES modules; it may import nothing but 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { VirtdeskBridge, VmEvent, VmMethod } from '../../shared/api.js' with { 'resolution-mode': 'import' };

const bridge: VirtdeskBridge = {
  call: (method: VmMethod, arg: unknown) => ipcRenderer.invoke('virtdesk:call', method, arg),
  on(listener: (event: VmEvent) => void) {
    const handler = (_e: IpcRendererEvent, event: VmEvent) => listener(event);
    ipcRenderer.on('virtdesk:event', handler);
    return () => ipcRenderer.removeListener('virtdesk:event', handler);
  },
};

contextBridge.exposeInMainWorld('virtdesk', bridge);
