import { Button, Dialog, Flex, ScrollArea, Spinner, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors.js';
import { CopyButton } from '../../forms/CopyButton.js';
import { CommandExplained } from '../../forms/CommandExplained.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import type { ArgExplanation } from '../../../shared/model/index.js';
import { commandLine } from './details-actions.js';
import styles from './details.module.css';

/** The qemu-system-x86_64 command VirtDesk runs for this VM, read fresh from the engine each time. */
export function CommandLineDialog({
  id,
  name,
  open,
  onOpenChange,
}: {
  id: string;
  name: string;
  open: boolean;
  onOpenChange: (o: boolean) => void;
}) {
  const { t } = useTranslation(['details', 'common']);
  const [cmd, setCmd] = useState<{ text: string; explained: ArgExplanation[] } | null>(null);
  const text = cmd?.text ?? null;
  // The failure itself, so its message follows a change of language while the dialog is open.
  const [failed, setFailed] = useState<{ err: unknown } | null>(null);
  useEffect(() => {
    if (!open) return;
    let stale = false;
    setCmd(null);
    setFailed(null);
    commandLine(id)
      .then((c) => !stale && setCmd(c))
      .catch((err: unknown) => !stale && setFailed({ err }));
    return () => {
      stale = true;
    };
  }, [open, id]);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="820px">
        <Dialog.Title>{t('commandLine.title', { name })}</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          {t('commandLine.description')}
        </Dialog.Description>
        {failed ? <EngineErrorCallout message={describeError(failed.err)} /> : null}
        {text === null && !failed ? (
          <Flex align="center" gap="2" py="4">
            <Spinner />
            <Text size="2" color="gray">
              {t('commandLine.building')}
            </Text>
          </Flex>
        ) : null}
        {text !== null ? (
          <ScrollArea type="auto" scrollbars="both" className={styles.cmdlineScroll}>
            <pre className={styles.cmdlineText} tabIndex={0} aria-label={t('commandLine.text')}>
              {text}
            </pre>
          </ScrollArea>
        ) : null}
        {cmd ? <CommandExplained explained={cmd.explained} /> : null}
        <Flex gap="3" justify="end" align="center" mt="4">
          {text !== null ? (
            <Flex align="center" gap="2" mr="auto">
              <CopyButton text={text} label={t('commandLine.copyLabel')} what={t('commandLine.copyWhat')} />
              <Text size="1" color="gray">
                {t('common:action.copy')}
              </Text>
            </Flex>
          ) : null}
          <Dialog.Close>
            <Button variant="soft" color="gray">
              {t('common:action.close')}
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
