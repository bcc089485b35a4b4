import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/errors.js';
import { EngineErrorCallout } from './EngineErrorCallout.js';

interface Props {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** Under the title: an AlertDialog.Description saying what is lost, and any facts that go with it. */
  children: ReactNode;
  /** The red button's label. */
  action: string;
  /** The engine call; the dialog closes once it resolves, and shows its refusal when it throws. */
  run: () => Promise<void>;
  maxWidth?: string;
}

/**
 * A destructive engine call that asks first (delete a base, revert or delete a snapshot). It stays
 * open while the call runs and, when the engine refuses, shows why in the engine's own words.
 */
export function ConfirmActionDialog({ open, onClose, title, children, action, run, maxWidth = '480px' }: Props) {
  const { t } = useTranslation();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) setError(null);
  }, [open]);

  async function go() {
    if (working) return;
    setWorking(true);
    setError(null);
    try {
      await run();
      onClose();
    } catch (err) {
      setError(describeError(err));
    } finally {
      setWorking(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(o) => !o && !working && onClose()}>
      <AlertDialog.Content maxWidth={maxWidth}>
        <AlertDialog.Title>{title}</AlertDialog.Title>
        {children}
        {error ? (
          <Flex mt="3">
            <EngineErrorCallout message={error} />
          </Flex>
        ) : null}
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray" disabled={working}>
              {t('action.cancel')}
            </Button>
          </AlertDialog.Cancel>
          {/* Not AlertDialog.Action: that closes at once, and a refusal must stay readable here. */}
          <Button color="red" loading={working} onClick={() => void go()}>
            {action}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
