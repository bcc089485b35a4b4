import { Button, Callout, Flex, Spinner, Text } from '@radix-ui/themes';
import { CrossCircledIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import { refresh } from '../../store/sync.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { EmptyState } from './EmptyState.js';
import { VmTable } from './VmTable.js';
import styles from './vm-list.module.css';

export function VmListPane() {
  const { t } = useTranslation(['vmList', 'common']);
  const loaded = useVms((s) => s.loaded);
  const loadError = useVms((s) => s.loadError);
  const empty = useVms((s) => Object.keys(s.vms).length === 0);
  const online = useOnline();

  // While the link is down the banner says why; the list error would only repeat it.
  if (!loaded && loadError && online) {
    return (
      <Flex p="4" direction="column" gap="3">
        <Callout.Root color="red" role="alert" size="1">
          <Callout.Icon>
            <CrossCircledIcon />
          </Callout.Icon>
          <Callout.Text>{t('list.loadFailed', { reason: loadError })}</Callout.Text>
        </Callout.Root>
        <Button variant="soft" onClick={() => void refresh()} style={{ alignSelf: 'start' }}>
          {t('common:action.retry')}
        </Button>
      </Flex>
    );
  }
  if (!loaded) {
    return (
      <Flex align="center" justify="center" gap="2" className={styles.listLoading}>
        <Spinner />
        <Text size="2" color="gray">
          {t(online ? 'list.loading' : 'list.waiting')}
        </Text>
      </Flex>
    );
  }
  return empty ? <EmptyState /> : <VmTable />;
}
