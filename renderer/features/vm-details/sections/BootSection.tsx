import { Checkbox, Flex, IconButton, Switch, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ChevronDownIcon, ChevronUpIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { BootDevice } from '../../../../shared/model/index.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { PathField } from '../../../forms/PathField.js';
import type { BootEntry } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import styles from '../editor.module.css';
import formStyles from '../../../forms/forms.module.css';

/** Each kind's name, and its letter in QEMU's -boot order=. */
const DEVICE = {
  cdrom: { name: 'boot.cdrom', letter: 'd' },
  disk: { name: 'boot.disk', letter: 'c' },
  network: { name: 'boot.network', letter: 'n' },
} as const satisfies Record<BootDevice, unknown>;

/** Examples of what to type: paths and kernel arguments, the same in every language. */
const EXAMPLE = { kernel: '/boot/vmlinuz', initrd: '/boot/initrd.img', append: 'console=ttyS0 root=/dev/vda1' };
const APPEND_ID = 'hw-append';

function move(list: BootEntry[], i: number, by: -1 | 1): BootEntry[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export function BootSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('details');
  const { draft, set, errors } = ed;
  const order = draft.boot
    .filter((b) => b.on)
    .map((b) => DEVICE[b.device].letter)
    .join('');
  return (
    <Flex direction="column" gap="4">
      <Flex direction="column" gap="2">
        <Text size="2" weight="medium" id="hw-boot-order">
          {t('boot.order')}
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
                {t(DEVICE[b.device].name)}
              </Text>
              <Flex gap="1">
                <Tooltip content={t('boot.earlier')}>
                  <IconButton
                    type="button"
                    size="1"
                    variant="ghost"
                    color="gray"
                    aria-label={t('boot.moveUp', { device: t(DEVICE[b.device].name) })}
                    disabled={i === 0 || draft.kernelOn}
                    onClick={() => set({ boot: move(draft.boot, i, -1) })}
                  >
                    <ChevronUpIcon />
                  </IconButton>
                </Tooltip>
                <Tooltip content={t('boot.later')}>
                  <IconButton
                    type="button"
                    size="1"
                    variant="ghost"
                    color="gray"
                    aria-label={t('boot.moveDown', { device: t(DEVICE[b.device].name) })}
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
              ? t('boot.notUsed')
              : t('editor.qemu', { option: `-boot order=${order || '…'}${draft.bootMenu ? ',menu=on' : ''}` }))}
        </Text>
      </Flex>

      <Text as="label" size="2">
        <Flex gap="2" align="center">
          <Switch checked={draft.bootMenu} onCheckedChange={(bootMenu) => set({ bootMenu })} />
          {t('boot.menu')}
        </Flex>
      </Text>

      <Flex direction="column" gap="3" className={styles.kernelBoot}>
        <Text as="label" size="2" weight="medium">
          <Flex gap="2" align="center">
            <Switch checked={draft.kernelOn} onCheckedChange={(kernelOn) => set({ kernelOn })} />
            {t('boot.direct')}
          </Flex>
        </Text>
        {draft.kernelOn ? (
          <>
            <Flex direction="column" gap="3">
              <FormField id="hw-kernel" label={t('boot.kernel')} error={errors['kernel.kernel']}>
                <PathField
                  id="hw-kernel"
                  kind="kernel"
                  browseName={t('boot.browseKernel')}
                  error={errors['kernel.kernel']}
                  placeholder={EXAMPLE.kernel}
                  value={draft.kernel}
                  onChange={(kernel) => set({ kernel })}
                />
              </FormField>
              <FormField id="hw-initrd" label={t('boot.initrd')} error={errors['kernel.initrd']}>
                <PathField
                  id="hw-initrd"
                  kind="initrd"
                  browseName={t('boot.browseInitrd')}
                  error={errors['kernel.initrd']}
                  placeholder={EXAMPLE.initrd}
                  value={draft.initrd}
                  onChange={(initrd) => set({ initrd })}
                />
              </FormField>
            </Flex>
            <FormField
              id={APPEND_ID}
              label={t('boot.append')}
              error={errors['kernel.append']}
              hint={t('editor.qemu', { option: '-kernel … -initrd … -append “…”' })}
            >
              <TextField.Root
                {...fieldAria(APPEND_ID, errors['kernel.append'])}
                className="mono-input"
                placeholder={EXAMPLE.append}
                autoComplete="off"
                spellCheck={false}
                value={draft.append}
                onChange={(e) => set({ append: e.target.value })}
              />
            </FormField>
          </>
        ) : (
          <Text size="1" color="gray">
            {t('boot.directHint')}
          </Text>
        )}
      </Flex>
    </Flex>
  );
}
