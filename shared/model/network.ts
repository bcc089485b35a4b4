// VirtDesk's private networks as the Networks view, the command line and the API see them.
import type { Message } from '../i18n/message.js';
import type { VmState } from './vm-state.js';

/** One NIC of one VM on a private network. */
export interface NetworkMember {
  vmId: string;
  vmName: string;
  /** The NIC's place in the VM's list (0: the first NIC, usually the guest's eth0 or ens3). */
  nicIndex: number;
  mac: string;
  state: VmState;
}

export interface PrivateNetwork {
  name: string;
  /**
   * Created by name (the Networks view, `virtdesk network create`); false when only VMs name it (a lab,
   * a NIC set to a new name): such a network lasts as long as a VM is on it.
   */
  registered: boolean;
  /** When it was created by name (ms since 1970); null when it is not registered. */
  createdAt: number | null;
  /** The loopback multicast group QEMU's socket netdev joins for it (shown to teach how it works). */
  group: { address: string; port: number };
  /** By VM name, then NIC index. */
  members: NetworkMember[];
}

export interface NetworkList {
  /** By name. */
  networks: PrivateNetwork[];
  /** Why the registry file was not used (it is left as it is); null when it was, or there is none. */
  notice: Message | null;
}
