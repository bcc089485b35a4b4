// A guest that ignores the power button is forced off when the shutdown countdown runs out, and the
// stopped VM says so (its warning) until it is started again. The test guest honours ACPI through
// acpid, so it is killed first, as lifecycle-state.int.test.ts does for the reboot fallback.
import { describe, expect, it } from 'vitest';
import type { VmEvent, VmSummary } from '../../../shared/api.js';
import { ConsoleReader } from '../test-support/console-reader.js';
import { GUEST_PROMPT } from '../test-support/guest.js';
import { forceOffAfterFailure } from '../test-support/stop-vms.js';
import { kernelVm, useTestEngine } from '../test-support/test-engine.js';
import { consoleUrl } from '../../../shared/console-url.js';

const t = useTestEngine();
forceOffAfterFailure(() => t.engine);

/** The next vm-changed event of this VM that `match` accepts. */
function nextChange(id: string, match: (vm: VmSummary) => boolean, timeoutMs: number): Promise<VmSummary> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      t.engine.service.off('event', onEvent);
      reject(new Error(`no matching change of ${id} within ${timeoutMs} ms`));
    }, timeoutMs);
    const onEvent = (e: VmEvent) => {
      if (e.type !== 'vm-changed' || e.vm.id !== id || !match(e.vm)) return;
      clearTimeout(timer);
      t.engine.service.off('event', onEvent);
      resolve(e.vm);
    };
    t.engine.service.on('event', onEvent);
  });
}

describe('the shutdown countdown', () => {
  it('forces off a guest that ignores the power button, and the stopped VM says so until its next start', async () => {
    const { id } = await t.engine.api.create(kernelVm('stubborn'));
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    await con.waitForShell(GUEST_PROMPT);
    // The echo's output, not the typed line: the shutdown must not race the killall.
    con.type('killall acpid; echo acpid-$((6*7))\r');
    await con.waitFor('acpid-42', 10_000);
    con.close();

    const forced = nextChange(id, (vm) => vm.status.state === 'stopped' && !!vm.status.warning, 30_000);
    expect((await t.engine.api.shutdown({ id, timeoutSec: 2 })).status.state).toBe('shutting-down');
    const vm = await forced;
    expect(vm.status.warning?.text).toMatch(/^stubborn did not shut down within 2 s and was forced off: .*lost\. .*/);
    // Kept for whoever looks later (another window, a reload), not only told once.
    expect((await t.engine.api.get({ id })).status.warning).toEqual(vm.status.warning);

    await t.engine.api.start({ id });
    try {
      expect((await t.engine.api.get({ id })).status.warning).toBeUndefined();
    } finally {
      // Force off by hand is what the person chose: no notice.
      await t.engine.api.forceOff({ id });
    }
    expect((await t.engine.api.get({ id })).status).toMatchObject({ state: 'stopped', warning: undefined });
  });

  it('a guest that shuts down in time leaves no notice', async () => {
    const { id } = await t.engine.api.create(kernelVm('obliging'));
    await t.engine.api.start({ id });
    const con = await ConsoleReader.open(
      consoleUrl((await t.engine.api.openConsole({ id, stream: 'serial0' })).url, t.engine.server.wsBase),
    );
    await con.waitForShell(GUEST_PROMPT);
    con.close();
    const stopped = nextChange(id, (vm) => vm.status.state === 'stopped', 60_000);
    await t.engine.api.shutdown({ id, timeoutSec: 60 });
    expect((await stopped).status.warning).toBeUndefined();
  });
});
