import { VM_METHODS, type VmApi, type VmMethod } from '../../shared/api.js';
import type { Transport } from './transport.js';

/** VmApi over any transport: every method is just `call(name, arg)`. */
export function createClient(transport: Transport): VmApi {
  const client: Partial<Record<VmMethod, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of VM_METHODS) {
    client[method] = (arg: unknown) => transport.call(method, arg);
  }
  return client as unknown as VmApi;
}
