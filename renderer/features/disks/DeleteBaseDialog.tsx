import { AlertDialog, Code, Flex, Text } from '@radix-ui/themes';
import { ConfirmActionDialog } from '../../forms/ConfirmActionDialog.js';
import { formatBytes } from '../../lib/format.js';
import { deleteBase } from './disk-actions.js';
import type { DiskDialogProps } from './disk-dialog-props.js';
import { fileName } from './disk-facts.js';

/**
 * A base that linked clones left behind: deleting a VM never takes its base with it, so the space
 * comes back only here. The engine checks again that no VM builds on it; a refusal stays readable.
 */
export function DeleteBaseDialog({ entry, open, onClose, onChanged }: DiskDialogProps) {
  const size = entry?.chain?.[0]?.actualSize;
  return (
    <ConfirmActionDialog
      open={open}
      onClose={onClose}
      maxWidth="500px"
      title={`Delete the base “${entry ? fileName(entry.path) : ''}”?`}
      action="Delete base"
      run={async () => {
        if (!entry) return;
        await deleteBase(entry.path);
        onChanged();
      }}
    >
      <AlertDialog.Description size="2">
        No VM builds on this image any more: it is left from linked clones that are gone. Deleting it frees
        {size != null ? ` ${formatBytes(size)}` : ' its space'} and cannot be undone.
      </AlertDialog.Description>
      <Flex direction="column" gap="1" mt="3">
        <Text size="1" color="gray">
          File
        </Text>
        <Code size="1" variant="ghost" style={{ wordBreak: 'break-all' }}>
          {entry?.path}
        </Code>
      </Flex>
    </ConfirmActionDialog>
  );
}
