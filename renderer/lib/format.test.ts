import { describe, expect, it } from 'vitest';
import { sentence } from './format.js';
import { randomMac } from './mac.js';
import { macAddress } from '../../shared/schemas/index.js';

// The formats themselves are tested in both languages in shared/i18n/format.test.ts.
describe('small helpers', () => {
  it('starts a reason as a sentence', () => {
    expect(sentence('the VM is running.')).toBe('The VM is running.');
    expect(sentence('')).toBe('');
    expect(sentence('l’image est brute')).toBe('L’image est brute');
    expect(sentence('disk0.img is a raw image')).toBe('disk0.img is a raw image');
  });

  it('makes MACs the shared schema accepts, avoiding the taken ones', () => {
    for (let i = 0; i < 50; i++) expect(macAddress.safeParse(randomMac()).success).toBe(true);
    expect(randomMac(['52:54:00:00:00:01'])).not.toBe('52:54:00:00:00:01');
  });
});
