// What a VM may touch: the files it uses (file-policy, images, backing-chain) and the extra QEMU
// arguments it appends (extra-args). The engine calls these for every operation that stores a file in
// a definition or hands one to QEMU or qemu-img: create, update, import, disks, clone, delete, start.
export { assertExtraArgs, checkExtraArgs, type ExtraArgProblem } from './extra-args.js';
export { checkVmFile, type CheckedFile, type FileRole, type PolicyContext } from './file-policy.js';
export { checkDiskImage, checkImportImage, type InfoOf } from './images.js';
export { backingNameProblem, checkBackingChain, walkBackingChain } from './backing-chain.js';
export { describeContent, imageMagic, initrdKind, isRawDiskSize, kernelKind, opticalKind, readHead } from './file-kind.js';
export { bookkeepingFile, placeOf, resolveRoots, type Place } from './locations.js';
import { bookkeepingFile } from './locations.js';

/** A file of VirtDesk's own in a VM's folder (vm.json and backups, snapshots.json, saved state, temp files...). */
export const isBookkeepingFile = (name: string): boolean => bookkeepingFile(name) !== null;
