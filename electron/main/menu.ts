// The desktop app's menu bar. Pure (Electron's types only), so it is unit-tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { i18n as I18n } from 'i18next';
import type engine from '../../shared/i18n/catalogs/en/engine.js';

/**
 * Standard desktop menus in the desktop's language; VM actions and their shortcuts live in the
 * renderer's toolbar and menus. Every item is labelled here: Electron's own role labels are English.
 */
export function menuTemplate(i18n: I18n): MenuItemConstructorOptions[] {
  const label = (item: keyof typeof engine.desktop.menu) => i18n.t(`engine:desktop.menu.${item}`);
  return [
    { label: label('file'), submenu: [{ role: 'quit', label: label('quit') }] },
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
        { role: 'reload', label: label('reload') },
        { role: 'toggleDevTools', label: label('devTools') },
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
  ];
}
