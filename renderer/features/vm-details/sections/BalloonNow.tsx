import { Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../../shared/model/index.js';
import { balloonNowMiB } from '../../../lib/balloon.js';

/**
 * What the guest really has now, beside what it was asked to have: after Apply a person sees the
 * balloon inflate or deflate towards the target (the engine forwards QEMU's BALLOON_CHANGE events).
 */
export function BalloonNow({ vm, size = '1' }: { vm: VmSummary; size?: '1' | '2' }) {
  const { t } = useTranslation('details');
  const mib = balloonNowMiB(vm);
  if (mib === null) return null;
  return (
    <Text size={size} color="gray" className="numeric" data-testid="balloon-now">
      {t('balloon.now', { mib })}
    </Text>
  );
}
