// The private networks' API (shared/schemas/network-methods.ts): list them with their members, create one
// by name, delete a named one nobody uses. The registry's writes run one after another under one lock
// key; a VM joining a network while it is deleted is harmless (the network lives on, unnamed, with it).
import path from 'node:path';
import { ApiError, type ParsedArgOf as Arg, type VmEvent } from '../../../shared/api.js';
import { says } from '../../../shared/i18n/index.js';
import type { NetworkList, PrivateNetwork, VmSummary } from '../../../shared/model/index.js';
import type { KeyedMutex } from '../keyed-mutex.js';
import { listNetworks } from '../net/network-list.js';
import { MAX_NETWORKS, NetworkRegistry, type RegisteredNetwork } from '../net/network-registry.js';
import { privateNetworkGroup } from '../net/private-network.js';
import type { EnginePaths } from '../paths.js';

/** Not a VM id (those are UUIDs), so it never waits behind a VM's operations. */
const LOCK = 'networks.json';

export class Networks {
  private readonly registry: NetworkRegistry;

  constructor(
    private readonly paths: EnginePaths,
    private readonly mutex: KeyedMutex,
    private readonly vms: () => Promise<VmSummary[]>,
    private readonly emit: (event: VmEvent) => void,
  ) {
    this.registry = new NetworkRegistry(paths.dataDir);
  }

  async list(): Promise<NetworkList> {
    const read = await this.registry.read();
    return { networks: await this.compute(read.ok ? read.networks : []), notice: read.ok ? null : read.notice };
  }

  create({ name }: Arg<'createNetwork'>): Promise<PrivateNetwork> {
    return this.mutex.run(LOCK, async () => {
      const registered = await this.registered();
      if (registered.some((n) => n.name === name))
        throw new ApiError('conflict', says('networks:errors.exists', { name }), { field: 'name' });
      if (registered.length >= MAX_NETWORKS) {
        throw new ApiError('invalid', says('networks:errors.tooMany', { max: MAX_NETWORKS }), { field: 'name' });
      }
      const next = [...registered, { name, createdAt: Date.now() }];
      await this.registry.write(next);
      this.emit({ type: 'networks-changed' });
      return (await this.compute(next)).find((n) => n.name === name)!;
    });
  }

  remove({ name }: Arg<'deleteNetwork'>): Promise<void> {
    return this.mutex.run(LOCK, async () => {
      const registered = await this.registered();
      const network = (await this.compute(registered)).find((n) => n.name === name);
      if (!network) throw new ApiError('not-found', says('networks:errors.notFound', { name }), { field: 'name' });
      if (network.members.length) {
        const users = [...new Set(network.members.map((m) => m.vmName))].join(', ');
        throw new ApiError('conflict', says('networks:errors.inUse', { name, users }), { field: 'name' });
      }
      await this.registry.write(registered.filter((n) => n.name !== name));
      this.emit({ type: 'networks-changed' });
    });
  }

  /** The registry for a change: a file VirtDesk cannot use is never overwritten. */
  private async registered(): Promise<RegisteredNetwork[]> {
    const read = await this.registry.read();
    if (!read.ok) throw new ApiError('conflict', read.notice, { field: 'name' });
    return read.networks;
  }

  private async compute(registered: readonly RegisteredNetwork[]): Promise<PrivateNetwork[]> {
    // The same folder argv/ derives the group from (the runtime folder, normalised as the VM's run dir is).
    const runtimeDir = path.resolve(this.paths.runtimeDir);
    return listNetworks(registered, await this.vms(), (name) => privateNetworkGroup(name, runtimeDir));
  }
}
