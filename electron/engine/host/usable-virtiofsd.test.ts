// virtiofsd counts only where it can run: QEMU 7.2's C virtiofsd needs root for its sandbox.
import { describe, expect, it } from 'vitest';
import { usableVirtiofsd } from './host-probe.js';

describe('the virtiofsd shared folders may use', () => {
  it('is the program when it exists and the engine runs as root', () => {
    expect(usableVirtiofsd('/bin/sh', 0)).toBe('/bin/sh');
  });
  it('is none for another user: its namespaces sandbox needs root, so shares use 9p', () => {
    expect(usableVirtiofsd('/bin/sh', 1000)).toBeNull();
  });
  it('is none when it is not installed', () => {
    expect(usableVirtiofsd('/nonexistent/virtiofsd', 0)).toBeNull();
  });
});
