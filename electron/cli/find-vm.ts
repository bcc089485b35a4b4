// A VM as the person names it: by its id, or by its name (what `virtdesk list` shows). Pure.
import { ApiError, type VmSummary } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';

export function findVm(vms: readonly VmSummary[], nameOrId: string): VmSummary {
  const byId = vms.find((vm) => vm.id === nameOrId);
  if (byId) return byId;
  const named = vms.filter((vm) => vm.name === nameOrId);
  if (named.length === 1) return named[0]!;
  if (named.length > 1) throw new ApiError('invalid', says('cli:vm.ambiguous', { name: nameOrId, ids: named.map((v) => v.id).join(', ') }));
  throw new ApiError('not-found', says('cli:vm.notFound', { name: nameOrId }));
}
