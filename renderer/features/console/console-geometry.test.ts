import { describe, expect, it } from 'vitest';
import { parseTermGeometry, TERM_GEOMETRY_DEFAULT } from './console-prefs.js';
import { monitorCommands } from './monitor-commands.js';
import { fitFontSize, fitsIn } from './terminal-fit.js';

describe('fitFontSize: the serial terminal keeps 80x25 and its font fits the pane', () => {
  const limits = { min: 8, max: 13 };
  // 80x25 at 13 px: about 8 px by 15 px cells.
  const drawn = { width: 640, height: 375 };

  it('keeps the chosen size when the pane is big enough (the terminal is letterboxed)', () => {
    expect(fitFontSize({ width: 1200, height: 800 }, drawn, 13, limits)).toBe(13);
  });

  it('shrinks the font by the tighter of the two directions', () => {
    // 1024x640 with the list beside it left ~620 px: 78 columns at 13 px, so 12 px.
    expect(fitFontSize({ width: 620, height: 500 }, drawn, 13, limits)).toBe(12);
    expect(fitFontSize({ width: 1000, height: 300 }, drawn, 13, limits)).toBe(10);
  });

  it('grows back up to the chosen size, never past it, from a smaller size', () => {
    expect(fitFontSize({ width: 700, height: 420 }, { width: 400, height: 240 }, 8, limits)).toBe(13);
  });

  it('stops at the smallest legible size: the frame scrolls the rest', () => {
    expect(fitFontSize({ width: 200, height: 100 }, drawn, 13, limits)).toBe(8);
  });

  it('keeps the chosen size while nothing is laid out yet (a hidden pane measures 0)', () => {
    expect(fitFontSize({ width: 0, height: 0 }, drawn, 10, limits)).toBe(13);
    expect(fitFontSize({ width: 600, height: 400 }, { width: 0, height: 0 }, 10, limits)).toBe(13);
  });

  it('fitsIn allows half a pixel of layout rounding, no more', () => {
    expect(fitsIn({ width: 640, height: 375 }, { width: 640.4, height: 375 })).toBe(true);
    expect(fitsIn({ width: 640, height: 375 }, { width: 641, height: 375 })).toBe(false);
  });
});

describe('parseTermGeometry', () => {
  it('reads one of the offered sizes, else 80x25', () => {
    expect(parseTermGeometry('132x43')).toEqual({ cols: 132, rows: 43 });
    expect(parseTermGeometry('80x24')).toEqual({ cols: 80, rows: 24 });
    for (const bad of [null, '', '81x25', '80x25x1', 'wide']) expect(parseTermGeometry(bad)).toBe(TERM_GEOMETRY_DEFAULT);
    expect(TERM_GEOMETRY_DEFAULT).toEqual({ cols: 80, rows: 25 });
  });
});

describe('monitorCommands', () => {
  const texts = (drives: Parameters<typeof monitorCommands>[0]) => monitorCommands(drives).map((c) => c.text);

  it("names this VM's first CD-ROM drive as QEMU does: cd0 on q35, ide1-cd0 on pc", () => {
    const q35 = [
      { device: 'disk0', kind: 'disk' as const, file: '/vms/a/disk0.qcow2' },
      { device: 'cd0', kind: 'cdrom' as const, file: null },
    ];
    expect(texts(q35)).toEqual(['info status', 'info block', 'info network', 'change cd0 /path/x.iso', 'eject cd0', 'system_powerdown']);
    expect(monitorCommands(q35).find((c) => c.text.startsWith('change'))!.typed).toBe('change cd0 ');
    expect(texts([{ device: 'ide1-cd0', kind: 'cdrom', file: '/iso/x.iso' }])).toContain('eject ide1-cd0');
  });

  it('explains each command, naming the drive it acts on', () => {
    const cmds = monitorCommands([{ device: 'cd0', kind: 'cdrom', file: null }]);
    expect(cmds.map((c) => c.explain)).toEqual(['infoStatus', 'infoBlock', 'infoNetwork', 'change', 'eject', 'powerdown']);
    expect(cmds.filter((c) => c.drive).map((c) => c.drive)).toEqual(['cd0', 'cd0']);
  });

  it('names no drive while the drives are unknown, or when there is no CD-ROM', () => {
    for (const drives of [null, [{ device: 'disk0', kind: 'disk' as const, file: null }]]) {
      expect(texts(drives)).toEqual(['info status', 'info block', 'info network', 'system_powerdown']);
    }
  });
});
