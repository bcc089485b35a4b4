import { AlertDialog, Code, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ConfirmActionDialog } from '../../forms/ConfirmActionDialog.js';
import { deleteBase } from './disk-actions.js';
import type { DiskDialogProps } from './disk-dialog-props.js';
import { fileName } from './disk-facts.js';

/**
 * A base that linked clones left behind: deleting a VM never takes its base with it, so the space
 * comes back only here. The engine checks again that no VM builds on it; a refusal stays readable.
 */
export function DeleteBaseDialog({ entry, open, onClose, onChanged }: DiskDialogProps) {
  const { t } = useTranslation('storage');
  const size = entry?.chain?.[0]?.actualSize;
  return (
    <ConfirmActionDialog
      open={open}
      onClose={onClose}
      maxWidth="500px"
      title={t('deleteBase.title', { file: entry ? fileName(entry.path) : '' })}
      action={t('deleteBase.action')}
      run={async () => {
        if (!entry) return;
        await deleteBase(entry.path);
        onChanged();
      }}
    >
      <AlertDialog.Description size="2">
        {size != null ? t('deleteBase.body', { size }) : t('deleteBase.bodyNoSize')}
      </AlertDialog.Description>
      <Flex direction="column" gap="1" mt="3">
        <Text size="1" color="gray">
          {t('deleteBase.file')}
        </Text>
        <Code size="1" variant="ghost" style={{ wordBreak: 'break-all' }}>
          {entry?.path}
        </Code>
      </Flex>
    </ConfirmActionDialog>
  );
}
