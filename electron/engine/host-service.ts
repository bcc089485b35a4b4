// The host report and QEMU's capabilities, probed once and kept; re-probed when the user asks to run
// the KVM self-test again (or the first time anyone needs them).
import { EventEmitter } from 'node:events';
import { ApiError } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import type { HostInfo, QemuCapabilities } from '../../shared/model/index.js';
import { probeHost } from './host/host-probe.js';
import { readQemuCapabilities } from './host/qemu-caps.js';
import type { EnginePaths } from './paths.js';

export class HostService extends EventEmitter<{ changed: [HostInfo] }> {
  private current: Promise<HostInfo> | null = null;
  /** Read once per probe: starting, editing and previewing all consult them. */
  private caps: Promise<QemuCapabilities> | null = null;

  constructor(private readonly opts: { paths: EnginePaths; qemuSystem?: string; qemuImg?: string }) {
    super();
  }

  info(): Promise<HostInfo> {
    this.current ??= this.probe(false);
    return this.current;
  }

  async rerunSelfTest(): Promise<HostInfo> {
    this.current = this.probe(true);
    this.caps = null;
    const host = await this.current;
    this.emit('changed', host);
    return host;
  }

  capabilities(): Promise<QemuCapabilities> {
    this.caps ??= this.info().then((host) => {
      if (!host.qemu.system || !host.qemu.version) {
        throw new ApiError('qemu', says('host:service.noQemu'));
      }
      return readQemuCapabilities(host.qemu.system, { cacheDir: this.opts.paths.cacheDir, version: host.qemu.version });
    });
    this.caps.catch(() => (this.caps = null)); // a failure is retried next time
    return this.caps;
  }

  private probe(rerunSelfTest: boolean): Promise<HostInfo> {
    const p = probeHost({
      dataDir: this.opts.paths.dataDir,
      cacheDir: this.opts.paths.cacheDir,
      qemuSystem: this.opts.qemuSystem,
      qemuImg: this.opts.qemuImg,
      rerunSelfTest,
    });
    p.catch(() => (this.current = null)); // a failed probe is retried on the next call
    return p;
  }
}
