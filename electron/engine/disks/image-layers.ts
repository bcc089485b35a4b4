// qemu-img info --backing-chain, as the Disks view shows it.
import path from 'node:path';
import type { ImageLayer } from '../../../shared/api.js';
import type { ImageInfo } from '../img/qemu-img.js';

/**
 * Pure: the chain as layers with absolute paths. qemu-img names a backing file as it is written in
 * the image, often relative to the folder of the image that refers to it, so each layer is resolved
 * against the one before.
 */
export function toLayers(chain: ImageInfo[], firstPath: string): ImageLayer[] {
  const layers: ImageLayer[] = [];
  let prev = firstPath;
  chain.forEach((info, i) => {
    const name = i === 0 ? firstPath : (info.filename ?? '');
    const abs = path.isAbsolute(name) ? name : path.resolve(path.dirname(prev), name);
    layers.push({ path: abs, format: info.format, virtualSize: info['virtual-size'], actualSize: info['actual-size'] ?? null });
    prev = abs;
  });
  return layers;
}
