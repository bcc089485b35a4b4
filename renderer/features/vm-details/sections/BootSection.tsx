import { Checkbox, Flex, IconButton, Switch, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ChevronDownIcon, ChevronUpIcon } from '@radix-ui/react-icons';
import type { BootDevice } from '../../../../shared/model/index.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { BootEntry } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import styles from '../editor.module.css';
import formStyles from '../../../forms/forms.module.css';

const DEVICE: Record<BootDevice, { name: string; letter: string }> = {
  cdrom: { name: 'CD-ROM', letter: 'd' },
  disk: { name: 'Hard disk', letter: 'c' },
  network: { name: 'Network (PXE)', letter: 'n' },
};

function move(list: BootEntry[], i: number, by: -1 | 1): BootEntry[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export function BootSection({ ed }: { ed: Editor }) {
  const { draft, set, errors } = ed;
  const order = draft.boot
    .filter((b) => b.on)
    .map((b) => DEVICE[b.device].letter)
    .join('');
  return (
    <Flex direction="column" gap="4">
      <Flex direction="column" gap="2">
        <Text size="2" weight="medium" id="hw-boot-order">
          Boot order
        </Text>
        <ol className={styles.bootOrder} aria-labelledby="hw-boot-order">
          {draft.boot.map((b, i) => (
            <li key={b.device} className={styles.bootRow} data-off={!b.on || undefined}>
              <Text as="label" size="2" className={styles.bootLabel}>
                <Checkbox
                  checked={b.on}
                  disabled={draft.kernelOn}
                  onCheckedChange={(c) => set({ boot: draft.boot.map((x) => (x.device === b.device ? { ...x, on: c === true } : x)) })}
                />
                {DEVICE[b.device].name}
              </Text>
              <Flex gap="1">
                <Tooltip content="Earlier">
                  <IconButton
                    type="button"
                    size="1"
                    variant="ghost"
                    color="gray"
                    aria-label={`Move ${DEVICE[b.device].name} up`}
                    disabled={i === 0 || draft.kernelOn}
                    onClick={() => set({ boot: move(draft.boot, i, -1) })}
                  >
                    <ChevronUpIcon />
                  </IconButton>
                </Tooltip>
                <Tooltip content="Later">
                  <IconButton
                    type="button"
                    size="1"
                    variant="ghost"
                    color="gray"
                    aria-label={`Move ${DEVICE[b.device].name} down`}
                    disabled={i === draft.boot.length - 1 || draft.kernelOn}
                    onClick={() => set({ boot: move(draft.boot, i, 1) })}
                  >
                    <ChevronDownIcon />
                  </IconButton>
                </Tooltip>
              </Flex>
            </li>
          ))}
        </ol>
        <Text size="1" color={errors['boot.order'] ? 'red' : 'gray'} className={formStyles.fieldMessage}>
          {errors['boot.order'] ??
            (draft.kernelOn
              ? 'Not used while a kernel is booted directly.'
              : `QEMU: -boot order=${order || '…'}${draft.bootMenu ? ',menu=on' : ''}`)}
        </Text>
      </Flex>

      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Switch checked={draft.bootMenu} onCheckedChange={(bootMenu) => set({ bootMenu })} />
          Boot menu: the firmware offers to pick a device (press Esc while it starts)
        </Flex>
      </Text>

      <Flex direction="column" gap="3" className={styles.kernelBoot}>
        <Text as="label" size="2" weight="medium">
          <Flex gap="2" align="center">
            <Switch checked={draft.kernelOn} onCheckedChange={(kernelOn) => set({ kernelOn })} />
            Direct kernel boot
          </Flex>
        </Text>
        {draft.kernelOn ? (
          <>
            <Flex direction="column" gap="3">
              <FormField id="hw-kernel" label="Kernel" error={errors['kernel.kernel']}>
                <PathField
                  id="hw-kernel"
                  kind="kernel"
                  browseName="Browse for the kernel"
                  error={errors['kernel.kernel']}
                  placeholder="/boot/vmlinuz"
                  value={draft.kernel}
                  onChange={(kernel) => set({ kernel })}
                />
              </FormField>
              <FormField id="hw-initrd" label="Initrd (optional)" error={errors['kernel.initrd']}>
                <PathField
                  id="hw-initrd"
                  kind="initrd"
                  browseName="Browse for the initrd"
                  error={errors['kernel.initrd']}
                  placeholder="/boot/initrd.img"
                  value={draft.initrd}
                  onChange={(initrd) => set({ initrd })}
                />
              </FormField>
            </Flex>
            <FormField id="hw-append" label="Kernel arguments" error={errors['kernel.append']} hint="QEMU: -kernel … -initrd … -append “…”">
              <TextField.Root
                {...fieldAria('hw-append', errors['kernel.append'])}
                className="mono-input"
                placeholder="console=ttyS0 root=/dev/vda1"
                autoComplete="off"
                spellCheck={false}
                value={draft.append}
                onChange={(e) => set({ append: e.target.value })}
              />
            </FormField>
          </>
        ) : (
          <Text size="1" color="gray">
            QEMU loads a Linux kernel and initrd itself instead of running a boot loader from a disk.
          </Text>
        )}
      </Flex>
    </Flex>
  );
}
