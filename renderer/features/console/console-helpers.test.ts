import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api.js';
import { RELAY_CLOSE_REASON } from '../../../shared/console-close.js';
import { testConfig } from '../../test-support/vm-config.js';
import { i18n } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';
import { closeReason, unavailableReason, withoutFullStop } from './close-reason.js';
import { clampFontSize, FONT_SIZE_DEFAULT, parseGeometry } from './console-prefs.js';
import { defaultStream, isConsoleStream, streamsOf } from './console-streams.js';
import { consoleWindowUrl, parseConsoleWindow, windowFeatures, windowName } from './console-window-url.js';
import { CtrlAltRelease } from './ctrl-alt-release.js';
import { reconnectDelay } from './reconnect-backoff.js';
import { screenshotFileName } from './screenshot-file.js';
import { scrollbackLines } from './scrollback-lines.js';
import { CTRL_ALT_DEL, CTRL_ALT_F } from './send-keys.js';
import { terminalKeyAction } from './terminal-keys.js';

describe('console streams', () => {
  it('opens the serial console first, the screen where there is no serial port', () => {
    expect(defaultStream({ ...testConfig, serialPorts: 1, display: 'vnc' })).toBe('serial0');
    expect(defaultStream({ ...testConfig, serialPorts: 0, display: 'vnc' })).toBe('vnc');
    expect(defaultStream({ ...testConfig, serialPorts: 0, display: 'none' })).toBe('serial0');
    expect(defaultStream(null)).toBe('serial0');
  });

  it('opens the virtio console first on a VM that has one, and lists it only there', () => {
    expect(defaultStream({ ...testConfig, consoleDevice: 'virtio' })).toBe('hvc0');
    expect(streamsOf({ ...testConfig, consoleDevice: 'virtio' })).toEqual(['hvc0', 'serial0', 'monitor', 'vnc']);
    expect(streamsOf({ ...testConfig, consoleDevice: 'serial' })).toEqual(['serial0', 'monitor', 'vnc']);
  });

  it('knows its stream names', () => {
    expect(isConsoleStream('monitor')).toBe(true);
    expect(isConsoleStream('serial1')).toBe(false);
    expect(isConsoleStream(null)).toBe(false);
  });
});

describe('console window URL', () => {
  const p = { vmId: 'a1b2', stream: 'serial0' as const };

  it('is this page with the console parameters, and the token in web mode', () => {
    const url = consoleWindowUrl('http://127.0.0.1:8123/?x=1#top', p, 'sekret');
    expect(url).toBe('http://127.0.0.1:8123/?view=console&vm=a1b2&stream=serial0&token=sekret');
    expect(consoleWindowUrl('file:///opt/virtdesk/renderer/index.html', { vmId: 'a1b2', stream: 'vnc' }, null)).toBe(
      'file:///opt/virtdesk/renderer/index.html?view=console&vm=a1b2&stream=vnc',
    );
  });

  it('reads back what it wrote, and nothing else', () => {
    expect(parseConsoleWindow(new URL(consoleWindowUrl('http://h/', p, 't')).search)).toEqual(p);
    expect(parseConsoleWindow('?view=console&vm=x&stream=monitor')).toEqual({ vmId: 'x', stream: 'monitor' });
    expect(parseConsoleWindow('')).toBeNull();
    expect(parseConsoleWindow('?view=console&vm=x&stream=ssh')).toBeNull();
    expect(parseConsoleWindow('?view=console&stream=vnc')).toBeNull();
  });

  it('asks for a popup where the last one was', () => {
    expect(windowFeatures({ width: 800, height: 500, left: 40, top: 60 }, { width: 1, height: 1 })).toBe(
      'width=800,height=500,left=40,top=60',
    );
    expect(windowFeatures(null, { width: 900, height: 560 })).toBe('width=900,height=560');
  });

  it('names windows per VM and console', () => {
    expect(windowName({ vmId: 'a b/c', stream: 'vnc' })).toBe('virtdesk-console-a_b_c-vnc');
  });
});

describe('console preferences', () => {
  it('keeps the font size readable', () => {
    expect(clampFontSize('15')).toBe(15);
    expect(clampFontSize(2)).toBe(8);
    expect(clampFontSize(99)).toBe(32);
    expect(clampFontSize('big')).toBe(FONT_SIZE_DEFAULT);
    expect(clampFontSize(undefined)).toBe(FONT_SIZE_DEFAULT);
  });

  it('ignores a mangled window geometry', () => {
    expect(parseGeometry('{"width":800,"height":500,"left":-10,"top":20}')).toEqual({ width: 800, height: 500, left: -10, top: 20 });
    expect(parseGeometry('{"width":50,"height":500,"left":0,"top":0}')).toBeNull();
    expect(parseGeometry('{"width":800}')).toBeNull();
    expect(parseGeometry('not json')).toBeNull();
    expect(parseGeometry(null)).toBeNull();
  });
});

describe('console helpers', () => {
  it('backs off: 1, 2, 4, 8, then every 10 s', () => {
    expect([1, 2, 3, 4, 5, 50].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(reconnectDelay(0)).toBe(1000);
  });

  it('keeps at least the replayed scrollback in the terminal, within reason', () => {
    expect(scrollbackLines(1024)).toBe(13_108);
    expect(scrollbackLines(65536)).toBe(100_000);
    expect(scrollbackLines(1)).toBe(1000);
    expect(scrollbackLines(undefined)).toBe(10_000);
  });

  it('names screenshots <vm>-<date>.png, safe for any file system', () => {
    const when = new Date(2025, 2, 7, 14, 5, 9);
    expect(screenshotFileName('web server', when)).toBe('web server-2025-03-07-140509.png');
    expect(screenshotFileName('a/b:c', when)).toBe('a_b_c-2025-03-07-140509.png');
    expect(screenshotFileName('  ', when)).toBe('vm-2025-03-07-140509.png');
  });

  it('sends QEMU qcodes', () => {
    expect(CTRL_ALT_DEL.keys).toEqual(['ctrl', 'alt', 'delete']);
    expect(CTRL_ALT_F.map((c) => c.keys[2])).toEqual(['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9', 'f10', 'f11', 'f12']);
    expect(CTRL_ALT_F[0]!.label).toBe('Ctrl+Alt+F1');
  });

  it('takes Ctrl+Shift+C/V/F for the app, leaves Ctrl+C to the guest', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
      terminalKeyAction({ key: k, ctrlKey: true, shiftKey: true, altKey: false, metaKey: false, ...mods });
    expect(key('C')).toBe('copy');
    expect(key('V')).toBe('paste');
    expect(key('F')).toBe('find');
    expect(key('c', { shiftKey: false })).toBeNull();
    expect(key('V', { altKey: true })).toBeNull();
    expect(key('X')).toBeNull();
  });

  it('tells a missing console from a failing one', () => {
    expect(
      unavailableReason(new ApiError('conflict', 'This VM has no serial port: add one in its settings (Serial ports), then restart it.')),
    ).toMatch(/no serial port/);
    expect(unavailableReason(new ApiError('conflict', 'The VM is not running: start it to use its console.'))).toBeNull();
    expect(unavailableReason(new Error('no serial port'))).toBeNull();
  });

  it('knows the engine’s messages by their key, and shows them in the window’s language', async () => {
    const noSerial = ApiError.from({ code: 'conflict', message: 'This VM has no serial port: add one.', key: 'engine:console.noSerial' });
    expect(unavailableReason(noSerial)).toBe(describeError(noSerial));
    const notConnected = ApiError.from({
      code: 'conflict',
      message: 'The console is not connected yet.',
      key: 'engine:console.notConnected',
    });
    expect(unavailableReason(notConnected)).toBeNull();
    await i18n.changeLanguage('fr');
    try {
      expect(unavailableReason(noSerial)).toBe(describeError(noSerial));
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('why a console link closed', () => {
  it('says what a close code means, and what the relay said in its own words', () => {
    expect(closeReason({ code: 1006, reason: '' })).toBe('the connection dropped (is the engine still running?)');
    expect(closeReason({ code: 4321, reason: '' })).toBe('closed with code 4321');
    expect(closeReason({ code: 4001, reason: 'The VM has stopped.' })).toBe('the VM has stopped');
    expect(closeReason({ code: 4003, reason: "The VM's display is not reachable: connect ENOENT /run/x/vnc.sock" })).toBe(
      'the VM’s display is not reachable: connect ENOENT /run/x/vnc.sock',
    );
    // A sentence it does not know (a newer engine) is shown as it came.
    expect(closeReason({ code: 4001, reason: 'Something new.' })).toBe('Something new.');
  });

  it('knows every sentence the relay sends (shared/console-close.ts), in both languages', async () => {
    for (const lang of ['en', 'fr']) {
      await i18n.changeLanguage(lang);
      for (const [name, sentence] of Object.entries(RELAY_CLOSE_REASON)) {
        const shown = closeReason({ code: 4001, reason: sentence });
        expect(shown, `${lang} ${name}`).not.toBe(sentence);
        expect(shown, `${lang} ${name}`).not.toContain('closed.');
      }
    }
    await i18n.changeLanguage('en');
  });

  it('speaks the window’s language', async () => {
    await i18n.changeLanguage('fr');
    try {
      expect(closeReason({ code: 4001, reason: 'The VM crashed.' })).toBe('la VM s’est arrêtée brutalement');
      expect(closeReason({ code: 1000, reason: '' })).toBe('la console a été fermée');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('follows "Disconnected:" without a second full stop', () => {
    expect(withoutFullStop('The console is not connected yet: try again in a moment.')).toBe(
      'The console is not connected yet: try again in a moment',
    );
    expect(withoutFullStop('the VM has stopped')).toBe('the VM has stopped');
  });
});

describe('Ctrl+Alt gives the keyboard back', () => {
  it('on release of both, with nothing else pressed', () => {
    const c = new CtrlAltRelease();
    c.down('Control');
    c.down('Alt');
    expect(c.up('Alt')).toBe(false);
    expect(c.up('Control')).toBe(true);
  });

  it('not for Ctrl+Alt+Del, nor for Ctrl alone', () => {
    const c = new CtrlAltRelease();
    c.down('Control');
    c.down('Alt');
    c.down('Delete');
    c.up('Delete');
    c.up('Alt');
    expect(c.up('Control')).toBe(false);
    c.down('Control');
    expect(c.up('Control')).toBe(false);
    // The next clean chord works again.
    c.down('Alt');
    c.down('Control');
    c.up('Control');
    expect(c.up('Alt')).toBe(true);
  });
});
