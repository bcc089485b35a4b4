import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api.js';
import { createI18n, says, tr } from '../../shared/i18n/index.js';
import { causeOf, messageOf, sentences, stateWord, verbatim } from './engine-messages.js';

const fr = createI18n('fr');

describe("the engine's messages", () => {
  it('keep a keyed ApiError translatable as the cause inside another sentence', () => {
    const inner = new ApiError('conflict', says('engine:console.notConnected'));
    const outer = says('engine:process.diedAtStart', { cause: causeOf(inner) });
    expect(outer.text).toBe('QEMU stopped right after starting: The console is not connected yet: try again in a moment.');
    expect(tr(fr, outer)).toBe(
      'QEMU s’est arrêté juste après son lancement\u00a0: La console n’est pas encore connectée\u00a0: réessayez dans un instant.',
    );
  });

  it('keep the words of an error without a key as they are, in every language', () => {
    expect(causeOf(new Error('ENOSPC: no space left on device'))).toBe('ENOSPC: no space left on device');
    expect(causeOf(new ApiError('qemu', 'qemu-img: Could not open'))).toBe('qemu-img: Could not open');
    const m = messageOf(new Error('QMP connection is closed (cont)'));
    expect(m.text).toBe('QMP connection is closed (cont)');
    expect(tr(fr, m)).toBe('QMP connection is closed (cont)');
    expect(messageOf('a thrown string').text).toBe('a thrown string');
  });

  it('say several sentences one after another, each translated', () => {
    const m = sentences(says('engine:process.didNotStart'), verbatim('qemu: -machine foo: unsupported machine type'));
    expect(m.text).toBe('QEMU did not start. qemu: -machine foo: unsupported machine type');
    expect(tr(fr, m)).toBe('QEMU n’a pas démarré. qemu: -machine foo: unsupported machine type');
    expect(sentences(says('engine:exit.seeLog')).key).toBe('engine:exit.seeLog');
  });

  it('name a VM state in the sentence’s language', () => {
    const m = says('engine:process.already', { state: stateWord('shutting-down') });
    expect(m.text).toBe('The VM is already shutting down.');
    expect(tr(fr, m)).toBe('La VM est déjà en cours d’arrêt.');
  });
});
