import { Badge, Button, Code, Dialog, Flex, Spinner, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskCheckResult, DiskEntry } from '../../../shared/api.js';
import { say } from '../../i18n/i18n.js';
import { describeError } from '../../lib/errors.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { checkDisk } from './disk-actions.js';
import { fileName, VERDICT_COLOR, verdictLabel, verdictSummary } from './disk-facts.js';
import styles from './disks.module.css';

interface Props {
  entry: DiskEntry | null;
  open: boolean;
  onClose: () => void;
}

/** qemu-img check runs as the dialog opens (it only reads); the verdict first, then qemu-img's words. */
export function CheckDiskDialog({ entry, open, onClose }: Props) {
  const { t } = useTranslation(['storage', 'common']);
  const [result, setResult] = useState<DiskCheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const vm = entry?.vm ?? null;

  useEffect(() => {
    if (!open || !vm) return;
    let stale = false;
    setResult(null);
    setError(null);
    checkDisk(vm)
      .then((r) => !stale && setResult(r))
      .catch((err: unknown) => !stale && setError(describeError(err)));
    return () => {
      stale = true;
    };
    // By the VM and index, not the entry object: a refresh of the list must not run the check again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, vm?.id, vm?.index, round]);

  const checking = open && !result && !error;
  const verdict = result ? { label: verdictLabel(result.verdict), color: VERDICT_COLOR[result.verdict] } : null;
  return (
    <Dialog.Root open={open} onOpenChange={(o) => !o && onClose()}>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>{t('check.title', { file: entry ? fileName(entry.path) : '' })}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('check.description')}
        </Dialog.Description>
        <Flex direction="column" gap="3" aria-live="polite">
          {checking ? (
            <Flex align="center" gap="2" py="2">
              <Spinner />
              <Text size="2" color="gray">
                {t('check.checking')}
              </Text>
            </Flex>
          ) : null}
          {result && verdict ? (
            <>
              <Flex align="center" gap="2">
                <Badge size="2" color={verdict.color} aria-label={t('check.verdictLabel', { verdict: verdict.label })}>
                  {verdict.label}
                </Badge>
                <Text size="2">{verdictSummary(result)}</Text>
              </Flex>
              {result.message ? (
                <Code size="1" variant="soft" color="gray" className={styles.checkOutput} aria-label={t('check.output')}>
                  {say(result.message)}
                </Code>
              ) : null}
            </>
          ) : null}
          {error ? <EngineErrorCallout title={t('check.failed')} message={error} /> : null}
        </Flex>
        <Flex gap="3" justify="end" mt="4">
          <Button type="button" variant="soft" color="gray" disabled={checking} onClick={() => setRound((r) => r + 1)}>
            {t('check.again')}
          </Button>
          <Dialog.Close>
            <Button type="button">{t('common:action.close')}</Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
