// The desktop app's menu bar. Pure (Electron's types only), so it is unit-tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { i18n as I18n } from 'i18next';
import type engine from '../../shared/i18n/catalogs/en/engine.js';

/** What a menu item asks of the page: the same commands as its keyboard shortcuts (renderer/lib/shortcuts.ts). */
export type MenuCommand = 'newVm' | 'host';

export interface MenuActions {
  /** DevTools are in the menu (and the window) only in development, never in a package. */
  development: boolean;
  toPage: (command: MenuCommand) => void;
  about: () => void;
  help: () => void;
}

/**
 * Standard desktop menus in the desktop's language. Every item is labelled here: Electron's own role
 * labels are English. New VM and Host show the page's shortcuts without registering them: the page
 * handles its keys itself (in a terminal Ctrl+N is the guest's), a registered accelerator would take
 * them first.
 */
export function menuTemplate(i18n: I18n, actions: MenuActions): MenuItemConstructorOptions[] {
  const label = (item: keyof typeof engine.desktop.menu) => i18n.t(`engine:desktop.menu.${item}`);
  const page = (command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label: label(command),
    accelerator,
    registerAccelerator: false,
    click: () => actions.toPage(command),
  });
  return [
    { label: label('file'), submenu: [page('newVm', 'CmdOrCtrl+N'), { type: 'separator' }, { role: 'quit', label: label('quit') }] },
    {
      label: label('edit'),
      submenu: [
        { role: 'undo', label: label('undo') },
        { role: 'redo', label: label('redo') },
        { type: 'separator' },
        { role: 'cut', label: label('cut') },
        { role: 'copy', label: label('copy') },
        { role: 'paste', label: label('paste') },
        { role: 'delete', label: label('delete') },
        { type: 'separator' },
        { role: 'selectAll', label: label('selectAll') },
      ],
    },
    {
      label: label('view'),
      submenu: [
        page('host', 'CmdOrCtrl+H'),
        { type: 'separator' },
        { role: 'reload', label: label('reload') },
        ...(actions.development ? [{ role: 'toggleDevTools', label: label('devTools') } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom', label: label('actualSize') },
        { role: 'zoomIn', label: label('zoomIn') },
        { role: 'zoomOut', label: label('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label('fullScreen') },
      ],
    },
    {
      label: label('window'),
      submenu: [
        { role: 'minimize', label: label('minimize') },
        { role: 'close', label: label('close') },
      ],
    },
    {
      label: label('help'),
      submenu: [
        { label: label('helpContents'), accelerator: 'F1', click: actions.help },
        { type: 'separator' },
        { label: label('about'), click: actions.about },
      ],
    },
  ];
}
