// A disk's backing chain is held to the same rule as the disk: every layer below the top is a file
// the VM may use as a 'backing' layer (see file-policy.ts). An image names its backing file itself,
// so a downloaded qcow2 can point at /etc/shadow, at another VM's disk, or at a network server
// (json:{...}, nbd:, http:): none of those may pass because the user picked the image on top.
import path from 'node:path';
import { ApiError } from '../../../shared/api.js';
import { says, type Message, type Param } from '../../../shared/i18n/index.js';
import type { ImageInfo } from '../img/qemu-img.js';
import { checkVmFile, type PolicyContext } from './file-policy.js';

/** Deeper chains than this are refused: qemu-img follows them all, and no real image needs so many. */
export const MAX_CHAIN_DEPTH = 64;

/**
 * Why QEMU would not read this backing name as a plain path on this host, or null. Mirrors QEMU's
 * path_has_protocol(): a ":" before the first "/" makes the part before it a protocol (json:, nbd:,
 * http:, file: ...).
 */
export function backingNameProblem(name: string): Message | null {
  if (name === '') return says('files:policy.backing.empty');
  const stop = name.search(/[:/]/);
  if (stop !== -1 && name[stop] === ':') return says('files:policy.backing.protocol', { protocol: name.slice(0, stop) });
  return null;
}

/** The absolute path QEMU opens for a backing name written in the image at `above`. */
export function resolveBackingName(name: string, above: string): string {
  return path.isAbsolute(name) ? path.resolve(name) : path.resolve(path.dirname(above), name);
}

/**
 * Check the layers of `qemu-img info --backing-chain` output (top first) below the top; the top
 * itself is checked by the caller with its own role. Returns the layers' absolute paths, top first.
 */
export async function checkBackingChain(chain: readonly ImageInfo[], topPath: string, ctx: PolicyContext): Promise<string[]> {
  if (chain.length > MAX_CHAIN_DEPTH + 1) throw tooDeep(topPath, ctx);
  const out = [topPath];
  for (let i = 1; i < chain.length; i++) {
    const above = out[i - 1]!;
    const name = chain[i - 1]!['backing-filename'] ?? chain[i]!.filename ?? '';
    out.push(await checkLayer(name, above, chain[i]!.format, ctx));
  }
  return out;
}

/**
 * Walk the chain one layer at a time, checking each backing name BEFORE anything opens it: unlike
 * `qemu-img info --backing-chain`, which opens every layer it finds (and would connect to an nbd: or
 * http: backing, or block on a FIFO), before any check could run. `infoOf` is qemu-img info without
 * --backing-chain (it opens the image with no backing); `top` is its answer for topPath when the
 * caller has it already. Returns the chain, top first.
 */
export async function walkBackingChain(
  topPath: string,
  ctx: PolicyContext,
  infoOf: (file: string) => Promise<ImageInfo>,
  top?: ImageInfo,
): Promise<ImageInfo[]> {
  const chain = [top ?? (await infoOf(topPath))];
  const seen = new Set([path.resolve(topPath)]);
  let above = topPath;
  for (;;) {
    const name = chain[chain.length - 1]!['backing-filename'];
    if (name === undefined) return chain;
    if (chain.length > MAX_CHAIN_DEPTH) throw tooDeep(topPath, ctx);
    const layer = await checkLayer(name, above, undefined, ctx);
    if (seen.has(layer)) {
      throw new ApiError('invalid', says('files:policy.backing.loop', { top: topPath, layer }), { field: ctx.field });
    }
    seen.add(layer);
    chain.push(await infoOf(layer));
    above = layer;
  }
}

async function checkLayer(name: string, above: string, format: string | undefined, ctx: PolicyContext): Promise<string> {
  const problem = backingNameProblem(name);
  if (problem) {
    throw new ApiError('invalid', says('files:policy.backing.name', { name, above, problem }), { field: ctx.field, path: above });
  }
  const abs = resolveBackingName(name, above);
  const subject = (file: Param) => says('files:policy.subject.backingOf', { file, above });
  const checked = await checkVmFile(abs, 'backing', { ...ctx, format, subject });
  return checked.path;
}

function tooDeep(topPath: string, ctx: PolicyContext): ApiError {
  return new ApiError('invalid', says('files:policy.backing.tooDeep', { top: topPath, max: MAX_CHAIN_DEPTH }), { field: ctx.field });
}
