import { describe, expect, it } from 'vitest';
import { setLanguageChoice } from '../i18n/i18n.js';
import { keysLabel, matchShortcut, shortcutKeys, SHORTCUTS } from './shortcuts.js';

const press = (key: string, mods: Partial<KeyboardEvent> = {}) =>
  matchShortcut({ key, ctrlKey: true, shiftKey: true, altKey: false, metaKey: false, ...mods } as KeyboardEvent);

describe('shortcuts', () => {
  it('maps the power keys, Ctrl+Shift so they work in the terminal too', () => {
    expect(press('S')).toBe('start');
    expect(press('D')).toBe('shutdown');
    expect(press('K')).toBe('forceOff');
    expect(press('B')).toBe('reboot');
    expect(press('H')).toBe('saveState');
  });

  it('leaves the terminal’s copy, paste and find, and reload, alone', () => {
    for (const k of ['C', 'V', 'F', 'R']) expect(press(k)).toBeNull();
    expect(press('r', { shiftKey: false })).toBeNull();
  });

  it('gives every key combination to one command only', () => {
    const keys = Object.values(SHORTCUTS).map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('prints the keys as the keyboard names them', () => {
    expect(shortcutKeys('start')).toBe('Ctrl+Shift+S');
    expect(shortcutKeys('delete')).toBe('Delete');
    setLanguageChoice('fr');
    try {
      expect(shortcutKeys('start')).toBe('Ctrl+Maj+S');
      expect(shortcutKeys('console')).toBe('Entrée');
      expect(keysLabel('Shift+F10')).toBe('Maj+F10');
      expect(shortcutKeys('newVm')).toBe('Ctrl+N');
    } finally {
      setLanguageChoice('en');
    }
  });
});
