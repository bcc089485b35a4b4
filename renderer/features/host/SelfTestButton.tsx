import { Button, Spinner } from '@radix-ui/themes';
import { ReloadIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../store/host.js';
import { rerunKvmSelfTest } from './host-actions.js';
import { useOnline } from '../../store/link.js';

/** The self-test result is cached per boot; this runs it again (a few seconds under broken KVM). */
export function SelfTestButton() {
  const { t } = useTranslation('host');
  const running = useHost((s) => s.selfTestRunning);
  const online = useOnline();
  return (
    <Button size="2" variant="soft" disabled={running || !online} onClick={() => void rerunKvmSelfTest()}>
      {running ? <Spinner size="1" /> : <ReloadIcon />}
      {running ? t('rerun.running') : t('rerun.button')}
    </Button>
  );
}
