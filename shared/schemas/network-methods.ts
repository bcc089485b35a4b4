// API methods for private networks (see methods.ts: the one table they join). A network exists when it is
// created by name or when a VM's NIC names it; these list them with their members, and create or delete
// the named ones.
import { z } from 'zod';
import type { NetworkList, PrivateNetwork } from '../model/network.js';
import { privateNetworkName } from './fields.js';
import { method, none, returns } from './method-kit.js';

const byName = z.object({ name: privateNetworkName }).strict();

export const networkMethods = {
  /** Every private network: the named ones and those VMs' NICs name, with their members and groups. */
  networks: method(none, returns<NetworkList>()),
  /** Name a network before any VM joins it; refused when one of that name exists. */
  createNetwork: method(byName, returns<PrivateNetwork>()),
  /** Forget a named network; refused while a VM's NIC is on it (the message names the VMs). */
  deleteNetwork: method(byName, returns<void>()),
};
