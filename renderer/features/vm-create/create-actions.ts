// The New VM wizard's engine calls. Each throws the ApiError: the wizard places it at the field or
// step it is about (wizard-steps.ts, placeEngineError).
import type { CreatePreview, CreateVmInput, ImageDetails, ResultOf } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { api } from '../../api/client.js';
import { notify } from '../../store/notices.js';
import { showPane } from '../../store/ui.js';
import { applyResult, selectVm } from '../../store/vms.js';

/** The OS on an install ISO (libosinfo, else its volume label), with its defaults. */
export function detectOs(isoPath: string): Promise<ResultOf<'detectOs'>> {
  return api().detectOs({ isoPath });
}

/** qemu-img info of an image to import. */
export function inspectImage(path: string): Promise<ImageDetails> {
  return api().inspectImage({ path });
}

/** What create() would make of this input, and the commands it would run; nothing is written. */
export function previewCreate(input: CreateVmInput): Promise<CreatePreview> {
  return api().previewCreate(input);
}

export async function createVm(input: CreateVmInput): Promise<VmSummary> {
  const vm = await api().create(input);
  applyResult(vm);
  selectVm(vm.id);
  showPane('vm'); // the new VM, also when the dialog was opened from the Host page
  notify({ tone: 'success', title: `Created “${vm.name}”` });
  return vm;
}
