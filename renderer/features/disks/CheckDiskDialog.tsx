import { Badge, Button, Code, Dialog, Flex, Spinner, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { DiskCheckResult, DiskEntry } from '../../../shared/api.js';
import { describeError } from '../../lib/errors.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { checkDisk } from './disk-actions.js';
import { fileName, VERDICT, verdictSummary } from './disk-facts.js';
import styles from './disks.module.css';

interface Props {
  entry: DiskEntry | null;
  open: boolean;
  onClose: () => void;
}

/** qemu-img check runs as the dialog opens (it only reads); the verdict first, then qemu-img's words. */
export function CheckDiskDialog({ entry, open, onClose }: Props) {
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
  const verdict = result ? VERDICT[result.verdict] : null;
  return (
    <Dialog.Root open={open} onOpenChange={(o) => !o && onClose()}>
      <Dialog.Content maxWidth="560px">
        <Dialog.Title>Check {entry ? fileName(entry.path) : ''}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          qemu-img check reads the image’s metadata; nothing is changed.
        </Dialog.Description>
        <Flex direction="column" gap="3" aria-live="polite">
          {checking ? (
            <Flex align="center" gap="2" py="2">
              <Spinner />
              <Text size="2" color="gray">
                Checking…
              </Text>
            </Flex>
          ) : null}
          {result && verdict ? (
            <>
              <Flex align="center" gap="2">
                <Badge size="2" color={verdict.color} aria-label={`Verdict: ${verdict.label}`}>
                  {verdict.label}
                </Badge>
                <Text size="2">{verdictSummary(result)}</Text>
              </Flex>
              {result.message ? (
                <Code size="1" variant="soft" color="gray" className={styles.checkOutput} aria-label="qemu-img check output">
                  {result.message}
                </Code>
              ) : null}
            </>
          ) : null}
          {error ? <EngineErrorCallout title="Not checked:" message={error} /> : null}
        </Flex>
        <Flex gap="3" justify="end" mt="4">
          <Button type="button" variant="soft" color="gray" disabled={checking} onClick={() => setRound((r) => r + 1)}>
            Check again
          </Button>
          <Dialog.Close>
            <Button type="button">Close</Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
