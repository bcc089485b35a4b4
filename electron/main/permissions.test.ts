import { describe, expect, it } from 'vitest';
import { allowPermission } from './permissions.js';

describe('what the window may ask Chromium for', () => {
  it('grants the console its clipboard and full screen, for our own page only', () => {
    for (const p of ['clipboard-read', 'clipboard-sanitized-write', 'fullscreen']) {
      expect(allowPermission(p, 'virtdesk://app/index.html?view=console&vm=1')).toBe(true);
      expect(allowPermission(p, 'virtdesk://app')).toBe(true);
      expect(allowPermission(p, 'https://elsewhere.example/')).toBe(false);
      expect(allowPermission(p, 'virtdesk://application.example/')).toBe(false);
    }
  });

  it('refuses everything else, even to our page', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'hid', 'serial', 'usb', 'pointerLock', 'unknown']) {
      expect(allowPermission(p, 'virtdesk://app/index.html')).toBe(false);
    }
  });
});
