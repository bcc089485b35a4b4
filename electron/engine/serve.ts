// The one entry point every transport (Electron IPC, headless WebSocket) calls. It checks the method
// name, validates the argument with the method's schema from shared/schemas/methods.ts, runs the
// handler with the parsed value, and turns every failure into an ApiError value the client can show.
// Handlers trust their argument: nothing unchecked gets past this function.
import { ApiError, isVmMethod, VM_METHODS, type RpcResult, type VmApi, type VmHandlers } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import { check, describeIssues, methods } from '../../shared/schemas/index.js';

export async function serve(handlers: VmHandlers, method: unknown, arg: unknown): Promise<RpcResult> {
  if (!isVmMethod(method)) {
    const name = typeof method === 'string' ? JSON.stringify(method.slice(0, 64)) : says('engine:serve.notAName', { type: typeof method });
    const said = says('engine:serve.unknownMethod', { name, methods: VM_METHODS.join(', ') });
    return { error: new ApiError('invalid', said, { field: 'method' }).toJSON() };
  }
  const parsed = check(methods[method].arg, arg === undefined ? {} : arg);
  if (!parsed.ok) {
    return {
      error: {
        code: 'invalid',
        message: describeIssues(parsed.issues),
        details: { field: parsed.issues[0]?.path ?? '', issues: parsed.issues },
      },
    };
  }
  try {
    const handler = handlers[method] as (a: unknown) => Promise<unknown>;
    const result = await handler.call(handlers, parsed.value);
    // Always a result field, even for methods that return nothing: JSON drops undefined, and a reply
    // with neither result nor error would look like a bug to the caller.
    return { result: result === undefined ? null : result };
  } catch (err: unknown) {
    if (err instanceof ApiError) return { error: err.toJSON() };
    // One log line (the stack folded into it): a caller's bad luck must not flood the log.
    console.error(`virtdesk: ${method} failed: ${String((err as Error)?.stack ?? err).replace(/\n\s*/g, ' | ')}`);
    const said = says('engine:serve.internal', { method, cause: (err as Error)?.message ?? String(err) });
    return { error: new ApiError('internal', said).toJSON() };
  }
}

/**
 * The API as a caller in this process sees it: every call goes through serve(), validation included,
 * exactly as over IPC or the WebSocket (used by the command line and the tests).
 */
export function localClient(handlers: VmHandlers): VmApi {
  const client: Partial<Record<string, (arg: unknown) => Promise<unknown>>> = {};
  for (const method of VM_METHODS) {
    client[method] = async (arg: unknown) => {
      const reply = await serve(handlers, method, arg);
      if ('error' in reply) throw ApiError.from(reply.error);
      return reply.result;
    };
  }
  return client as VmApi;
}
