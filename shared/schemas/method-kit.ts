// The building blocks of the method tables (methods.ts and the *-methods.ts files beside it).
import { z } from 'zod';
import { vmId } from './fields.js';

/** The result type of a method: a marker only (results come from the engine, which is trusted). */
export interface Returns<T> {
  readonly resultType?: T;
}
export const returns = <T>(): Returns<T> => ({});

export function method<A extends z.ZodType, R>(arg: A, result: Returns<R>) {
  return { arg, result };
}

/** No argument (an empty object). */
export const none = z.object({}).strict();
/** Just the VM's id. */
export const byId = z.object({ id: vmId }).strict();
/** The VM's id and more. */
export const withId = <S extends z.ZodRawShape>(shape: S) => z.object({ id: vmId, ...shape }).strict();
