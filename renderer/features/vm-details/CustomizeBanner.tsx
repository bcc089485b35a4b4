import { Button, Callout, Flex } from '@radix-ui/themes';
import { InfoCircledIcon, PlayIcon } from '@radix-ui/react-icons';
import { Trans, useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { startVm } from '../../store/actions.js';
import { setCustomizing, showTab, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { canStart } from '../../lib/vm-state.js';
import styles from './details.module.css';

/**
 * After "Customize before install": the VM exists but has not started. Like virt-manager's
 * "Begin Installation", one button starts it and shows its console once the hardware is right.
 */
export function CustomizeBanner({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('details');
  const customizing = useUi((s) => s.customizingId === vm.id);
  const busy = useVms((s) => !!s.busy[vm.id]);
  if (!customizing) return null;
  if (!canStart(vm)) return null;
  async function begin() {
    setCustomizing(null);
    showTab('console');
    await startVm(vm.id);
  }
  return (
    <Callout.Root color="blue" variant="surface" size="1" mx="4" mb="2" className={styles.customizeBanner}>
      <Callout.Icon>
        <InfoCircledIcon />
      </Callout.Icon>
      <Flex align="center" gap="3" wrap="wrap" width="100%">
        <Callout.Text className="grow">
          <Trans t={t} i18nKey="customize.text" components={{ strong: <strong /> }} />
        </Callout.Text>
        <Button size="1" disabled={busy} onClick={() => void begin()}>
          <PlayIcon /> {t('customize.begin')}
        </Button>
      </Flex>
    </Callout.Root>
  );
}
