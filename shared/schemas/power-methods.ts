// API methods for power, consoles, shared bases and snapshots beyond the core (see methods.ts: the one table they join; method-kit.ts has the building blocks).
import { z } from 'zod';
import { absolutePath } from './fields.js';
import { method, returns } from './method-kit.js';

export const powerMethods = {
  /** Delete a linked-clone base in the data folder's bases/ that no VM builds on any more. */
  deleteBase: method(z.object({ path: absolutePath }).strict(), returns<{ deleted: string }>()),
};
