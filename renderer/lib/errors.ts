import { ApiError } from '../../shared/api.js';

/** The message to show a person: the engine's own wording (it names the cause and the fix). */
export function describeError(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
