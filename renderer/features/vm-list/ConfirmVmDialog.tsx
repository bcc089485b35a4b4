import { AlertDialog, Button, Flex } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { closeConfirm, useUi, type ConfirmKind } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';

interface Props {
  /** Which store/ui.ts `confirm` this dialog answers (the toolbar or the row menu asked). */
  kind: ConfirmKind;
  title: (name: string) => string;
  children: ReactNode;
  action: string;
  /** Still allowed? The VM may have changed meanwhile (another window); the engine would only refuse. */
  allowed: (vm: VmSummary | null) => boolean;
  run: (id: string) => void;
  maxWidth?: string;
  /** Under the description: a choice that goes with the yes (e.g. "Don't ask again"). */
  extra?: ReactNode;
}

/** A destructive command on one VM that waits for a deliberate yes. */
export function ConfirmVmDialog({ kind, title, children, action, allowed, run, maxWidth = '440px', extra }: Props) {
  const { t } = useTranslation();
  const id = useUi((s) => (s.confirm?.kind === kind ? s.confirm.id : null));
  const vm = useVms((s) => (id ? (s.vms[id] ?? null) : null));
  return (
    <AlertDialog.Root open={vm !== null} onOpenChange={(open) => !open && closeConfirm()}>
      <AlertDialog.Content maxWidth={maxWidth}>
        <AlertDialog.Title>{title(vm?.name ?? '')}</AlertDialog.Title>
        <AlertDialog.Description size="2">{children}</AlertDialog.Description>
        {extra}
        <Flex gap="3" justify="end" mt="4">
          <AlertDialog.Cancel>
            <Button variant="soft" color="gray">
              {t('action.cancel')}
            </Button>
          </AlertDialog.Cancel>
          <AlertDialog.Action>
            <Button color="red" disabled={!allowed(vm)} onClick={() => vm && run(vm.id)}>
              {action}
            </Button>
          </AlertDialog.Action>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
