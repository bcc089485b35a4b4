import { Button, Dialog, Flex, ScrollArea, Spinner, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { describeError } from '../../lib/errors.js';
import { CopyButton } from '../../forms/CopyButton.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
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
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    let stale = false;
    setText(null);
    setError(null);
    commandLine(id)
      .then((t) => !stale && setText(t))
      .catch((err: unknown) => !stale && setError(describeError(err)));
    return () => {
      stale = true;
    };
  }, [open, id]);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Content maxWidth="820px">
        <Dialog.Title>Command line of “{name}”</Dialog.Title>
        <Dialog.Description size="2" color="gray" mb="3">
          What VirtDesk runs to start this VM, with the settings saved now. Sockets live in the VM’s runtime folder.
        </Dialog.Description>
        {error ? <EngineErrorCallout message={error} /> : null}
        {text === null && !error ? (
          <Flex align="center" gap="2" py="4">
            <Spinner />
            <Text size="2" color="gray">
              Building the command line…
            </Text>
          </Flex>
        ) : null}
        {text !== null ? (
          <ScrollArea type="auto" scrollbars="both" className={styles.cmdlineScroll}>
            <pre className={styles.cmdlineText} tabIndex={0} aria-label="QEMU command line">
              {text}
            </pre>
          </ScrollArea>
        ) : null}
        <Flex gap="3" justify="end" align="center" mt="4">
          {text !== null ? (
            <Flex align="center" gap="2" mr="auto">
              <CopyButton text={text} label="Copy the command line" what="the command line" />
              <Text size="1" color="gray">
                Copy
              </Text>
            </Flex>
          ) : null}
          <Dialog.Close>
            <Button variant="soft" color="gray">
              Close
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
