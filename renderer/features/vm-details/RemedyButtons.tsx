import { Button, Flex, Spinner, Tooltip } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Remedy, VmSummary } from '../../../shared/model/index.js';
import { applyRemedy } from '../../store/actions.js';
import { useOnline } from '../../store/link.js';
import { useVms } from '../../store/vms.js';

/** Each remedy's button and what pressing it does: these buttons change the VM's settings for good. */
const REMEDY = {
  'use-tcg': { label: 'remedy.useTcg', hint: 'remedy.useTcgHint' },
  'use-safe-cpu': { label: 'remedy.useSafeCpu', hint: 'remedy.useSafeCpuHint' },
  'keep-waiting': { label: 'remedy.keepWaiting', hint: 'remedy.keepWaitingHint' },
} as const satisfies Record<Remedy, unknown>;

/** The engine's one-click ways out, in its order: the first is the one it recommends. */
export function RemedyButtons({ vm, color }: { vm: VmSummary; color: 'amber' | 'red' }) {
  const { t } = useTranslation('details');
  const remedies = vm.status.remedies ?? [];
  const online = useOnline();
  const busy = useVms((s) => !!s.busy[vm.id]) || !online;
  const [pending, setPending] = useState<Remedy | null>(null);
  if (remedies.length === 0) return null;

  async function apply(remedy: Remedy) {
    setPending(remedy);
    try {
      await applyRemedy(vm.id, remedy); // failures arrive as notices
    } finally {
      setPending(null);
    }
  }

  return (
    <Flex gap="2" wrap="wrap">
      {remedies.map((r, i) => (
        <Tooltip key={r} content={t(REMEDY[r].hint)}>
          <Button
            size="1"
            color={r === 'keep-waiting' ? 'gray' : color}
            variant={i === 0 ? 'solid' : 'soft'}
            disabled={busy}
            onClick={() => void apply(r)}
          >
            {pending === r ? <Spinner size="1" /> : null}
            {t(REMEDY[r].label)}
          </Button>
        </Tooltip>
      ))}
    </Flex>
  );
}
