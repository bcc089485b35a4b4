// The one entry point both transports (Electron IPC, headless WebSocket) call: checks the method name,
// runs it, and turns every failure into an ApiError value the client can show.
import { ApiError, VM_METHODS, type RpcResult, type VmApi, type VmMethod } from '../../shared/api.js';

export async function serve(api: VmApi, method: unknown, arg: unknown): Promise<RpcResult> {
  if (typeof method !== 'string' || !(VM_METHODS as readonly string[]).includes(method)) {
    return { error: { code: 'invalid', message: `Unknown method ${JSON.stringify(method)}.` } };
  }
  try {
    const fn = api[method as VmMethod] as (a: unknown) => Promise<unknown>;
    return { result: await fn.call(api, arg ?? {}) };
  } catch (err: unknown) {
    if (err instanceof ApiError) return { error: err.toJSON() };
    console.error(`virtdesk: ${method} failed:`, err);
    return { error: { code: 'internal', message: `Internal error in ${method}: ${(err as Error).message}` } };
  }
}
