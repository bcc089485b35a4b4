import { describe, expect, it } from 'vitest';
import { labelledTicks, niceTicks, timeTicks, valueAxis } from './axis-ticks.js';

describe('axis ticks', () => {
  it('picks round steps up to the first one at or above the largest value', () => {
    expect(niceTicks(100)).toEqual({ top: 100, step: 25, ticks: [0, 25, 50, 75, 100] });
    expect(niceTicks(7)).toMatchObject({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceTicks(0.3)).toMatchObject({ top: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
    expect(niceTicks(130)).toMatchObject({ top: 150, ticks: [0, 50, 100, 150] });
    // Nothing to show yet (an idle disk): still a sensible axis, never a division by zero.
    expect(niceTicks(0)).toMatchObject({ top: 1 });
  });

  it('labels percentages and bytes in one unit', () => {
    const cpu = valueAxis('percent', 100);
    expect(cpu.unit).toBe('%');
    expect(cpu.ticks.map(cpu.label)).toEqual(['0', '25', '50', '75', '100']);

    const mem = valueAxis('bytes', 300 * 2 ** 20);
    expect(mem.unit).toBe('MiB');
    expect(mem.ticks.map(mem.label)).toEqual(['0', '100', '200', '300']);
    expect(mem.top).toBe(300 * 2 ** 20);

    const disk = valueAxis('rate', 1.5 * 2 ** 30);
    expect(disk.unit).toBe('GiB/s');
    expect(disk.ticks.map(disk.label)).toEqual(['0', '0.5', '1', '1.5']);

    expect(valueAxis('rate', 600).unit).toBe('B/s');
    expect(valueAxis('bytes', 600).unit).toBe('bytes');
  });

  it('writes units and decimals as a French reader expects', () => {
    const disk = valueAxis('rate', 1.5 * 2 ** 30, 4, 'fr');
    expect(disk.unit).toBe('Gio/s');
    expect(disk.ticks.map(disk.label)).toEqual(['0', '0,5', '1', '1,5']);
    expect(valueAxis('bytes', 300 * 2 ** 20, 4, 'fr').unit).toBe('Mio');
    expect(valueAxis('bytes', 600, 4, 'fr').unit).toBe('octets');
    expect(valueAxis('percent', 100, 4, 'fr').unit).toBe('%');
  });

  it('marks whole minutes on the time axis', () => {
    expect(timeTicks(30_000, 200_000)).toEqual([60_000, 120_000, 180_000]);
    expect(timeTicks(60_000, 60_000)).toEqual([60_000]);
  });
});

describe('labelledTicks', () => {
  it('leaves out labels that would cross an edge or crowd the one before', () => {
    expect(labelledTicks([2, 60, 130, 180, 250, 290], 300)).toEqual([false, true, true, false, true, false]);
    expect(labelledTicks([], 300)).toEqual([]);
  });
});
