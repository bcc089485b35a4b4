// The exit statuses scripts rely on, and failures told in the reader's language or as JSON.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api.js';
import { createI18n, says } from '../../shared/i18n/index.js';
import { describeFailure, EXIT, exitStatusOf, failureJson } from './exit-status.js';
import { UsageError } from './command-line.js';
import { withFlags } from './commands/create-command.js';

const en = createI18n('en');
const fr = createI18n('fr');

describe('exit statuses', () => {
  it('are 0 done, 1 failed, 2 usage or bad input, 3 not found, 4 conflict', () => {
    expect(EXIT).toEqual({ ok: 0, failed: 1, usage: 2, notFound: 3, conflict: 4 });
    expect(exitStatusOf(new UsageError(says('cli:usage.noCommand', { commands: 'list' })))).toBe(2);
    expect(exitStatusOf(new ApiError('invalid', 'x'))).toBe(2);
    expect(exitStatusOf(new ApiError('not-found', 'x'))).toBe(3);
    expect(exitStatusOf(new ApiError('conflict', 'x'))).toBe(4);
    expect(exitStatusOf(new ApiError('qemu', 'x'))).toBe(1);
    expect(exitStatusOf(new Error('boom'))).toBe(1);
  });
});

describe('describeFailure', () => {
  const refused = ApiError.from({
    code: 'invalid',
    message: 'memoryMiB: Give the VM at least 32 MiB of memory.',
    details: {
      field: 'memoryMiB',
      issues: [
        { path: 'memoryMiB', message: 'Give the VM at least 32 MiB of memory.', key: 'validation:memory.min', params: { min: 32 } },
        { path: '', message: 'Something English only.' },
      ],
    },
  });

  it('lists every refused field with its own sentence, translated, with the flag that set it', () => {
    expect(describeFailure(withFlags(refused), fr)).toBe(
      [
        'La saisie n’est pas valable\u00a0:',
        `  --memory (memoryMiB)\u00a0: ${fr.t('validation:memory.min', { min: 32 })}`,
        '  Something English only.',
      ].join('\n'),
    );
  });

  it('says an engine error in the reader’s language, and keeps its English and key in JSON', () => {
    const err = new ApiError('not-found', says('cli:vm.notFound', { name: 'web' }));
    expect(describeFailure(err, fr)).toBe(
      'Aucune VM ne s’appelle «\u00a0web\u00a0» ni n’a cet identifiant. Les noms s’affichent avec\u00a0: virtdesk list',
    );
    expect(failureJson(err, fr)).toEqual({
      error: {
        code: 'not-found',
        message: 'No VM is named or has the id "web". See the names with: virtdesk list',
        key: 'cli:vm.notFound',
        params: { name: 'web' },
        text: describeFailure(err, fr),
        exitStatus: 3,
      },
    });
    expect(describeFailure(new Error('socket hang up'), en)).toBe('socket hang up');
  });
});
