import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { describeUnexpected, installUnexpectedErrorPolicy } from './unexpected-errors.js';

/** A stand-in for `process`: the policy only ever calls on(). */
function fakeProcess() {
  const emitter = new EventEmitter();
  const lines: string[] = [];
  installUnexpectedErrorPolicy(emitter as unknown as NodeJS.Process, (l) => lines.push(l));
  return { emitter, lines };
}

describe('the policy for unexpected errors', () => {
  it('logs an uncaught exception as one line saying it was survived, then the stack', () => {
    const { emitter, lines } = fakeProcess();
    emitter.emit('uncaughtException', new TypeError('boom'));
    expect(lines).toHaveLength(1);
    const [first, ...stack] = lines[0]!.split('\n');
    expect(first).toBe(
      'virtdesk: an uncaught exception, logged and survived (the engine keeps running; please report it): TypeError: boom',
    );
    expect(stack[0]).toMatch(/^\s+at /);
  });

  it('logs an unhandled rejection, whatever was rejected', () => {
    const { emitter, lines } = fakeProcess();
    emitter.emit('unhandledRejection', new Error('no disk'), Promise.resolve());
    emitter.emit('unhandledRejection', 'just a string', Promise.resolve());
    emitter.emit('unhandledRejection', undefined, Promise.resolve());
    expect(lines[0]).toMatch(/^virtdesk: an unhandled promise rejection, logged and survived .*: Error: no disk\n/);
    expect(lines[1]).toBe(
      'virtdesk: an unhandled promise rejection, logged and survived (the engine keeps running; please report it): just a string',
    );
    expect(lines[2]).toMatch(/: a thrown undefined: undefined$/);
  });

  it('is idempotent: installing twice logs each error once', () => {
    const { emitter, lines } = fakeProcess();
    installUnexpectedErrorPolicy(emitter as unknown as NodeJS.Process, (l) => lines.push(l));
    expect(emitter.listenerCount('uncaughtException')).toBe(1);
    expect(emitter.listenerCount('unhandledRejection')).toBe(1);
    emitter.emit('uncaughtException', new Error('once'));
    expect(lines).toHaveLength(1);
  });

  it('survives a logger that throws, and a value whose toString throws', () => {
    const emitter = new EventEmitter();
    installUnexpectedErrorPolicy(emitter as unknown as NodeJS.Process, () => {
      throw new Error('stderr is closed');
    });
    expect(() => emitter.emit('uncaughtException', new Error('x'))).not.toThrow();
    const hostile = {
      toString: () => {
        throw new Error('no');
      },
    };
    expect(describeUnexpected('unhandledRejection', hostile)).toMatch(/a thrown object$/);
  });
});
