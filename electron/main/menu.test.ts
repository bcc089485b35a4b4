import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createI18n } from '../../shared/i18n/index.js';
import { menuTemplate, type MenuActions } from './menu.js';

const en = createI18n('en');
const fr = createI18n('fr');
const actions = (patch: Partial<MenuActions> = {}): MenuActions => ({
  development: false,
  toPage: vi.fn(),
  about: vi.fn(),
  help: vi.fn(),
  ...patch,
});
const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const labels = (menu: MenuItemConstructorOptions[]) => items(menu).flatMap((i) => (i.type === 'separator' ? [] : [i.label ?? '']));
const item = (menu: MenuItemConstructorOptions[], label: string) => items(menu).find((i) => i.label === label)!;

describe('the desktop menu', () => {
  it('labels every menu and item, in French too (Electron would label roles in English)', () => {
    const english = labels(menuTemplate(en, actions()));
    const french = labels(menuTemplate(fr, actions()));
    expect(english.slice(0, 3)).toEqual(['File', 'New VM…', 'Quit']);
    expect(english).toEqual(expect.arrayContaining(['Host', 'Help', 'VirtDesk Help', 'About VirtDesk']));
    expect(french).toContain('Édition');
    expect(french.every((l) => l !== '')).toBe(true);
    expect(french.filter((l, i) => l === english[i])).toEqual([]);
  });

  it('asks the page for New VM and Host, showing their shortcuts without taking the keys from it', () => {
    const a = actions();
    const menu = menuTemplate(en, a);
    for (const [label, command, keys] of [
      ['New VM…', 'newVm', 'CmdOrCtrl+N'],
      ['Host', 'host', 'CmdOrCtrl+H'],
    ] as const) {
      const entry = item(menu, label);
      expect(entry).toMatchObject({ accelerator: keys, registerAccelerator: false });
      (entry.click as () => void)();
      expect(a.toPage).toHaveBeenLastCalledWith(command);
    }
    (item(menu, 'About VirtDesk').click as () => void)();
    (item(menu, 'VirtDesk Help').click as () => void)();
    expect(a.about).toHaveBeenCalledOnce();
    expect(a.help).toHaveBeenCalledOnce();
  });

  it('has DevTools in development only', () => {
    const roles = (development: boolean) => items(menuTemplate(en, actions({ development }))).map((i) => i.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
  });
});
