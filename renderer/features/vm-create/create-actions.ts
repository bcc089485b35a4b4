// The New VM wizard's engine calls. Each throws the ApiError: the wizard places it at the field or
// step it is about (wizard-steps.ts, placeEngineError).
import type { ArgOf, CreateVmInput, ImageDetails, ResultOf } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { api } from '../../api/client.js';
import { i18n } from '../../i18n/i18n.js';
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

/** What create() would make of this input (disks with sizes), and the commands it would run; nothing is written. */
export function reviewCreate(input: CreateVmInput): Promise<ResultOf<'reviewCreate'>> {
  return api().reviewCreate(input);
}

/** The engine's check of one step's fields: throws the refusal (at its field), else answers warnings. */
export function checkCreateStep(arg: ArgOf<'checkCreateStep'>): Promise<ResultOf<'checkCreateStep'>> {
  return api().checkCreateStep(arg);
}

/** A host port for a new forward that no VM forwards and nothing listens on. */
export async function suggestHostPort(arg: ArgOf<'suggestHostPort'>): Promise<number> {
  return (await api().suggestHostPort(arg)).hostPort;
}

export async function createVm(input: CreateVmInput): Promise<VmSummary> {
  const vm = await api().create(input);
  applyResult(vm);
  selectVm(vm.id);
  showPane('vm'); // the new VM, also when the dialog was opened from the Host page
  notify({ tone: 'success', title: i18n.t('wizard:created', { name: vm.name }) });
  return vm;
}
