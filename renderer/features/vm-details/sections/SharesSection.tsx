import { Badge, Checkbox, Flex, Text, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { guestMountCommand, shareTransport } from '../../../../shared/shared-folders.js';
import { CommandBlock } from '../../../forms/CommandBlock.js';
import { FormField, fieldAria } from '../../../forms/FormField.js';
import { rowKey } from '../../../forms/forward-rows.js';
import { PathField } from '../../../forms/PathField.js';
import type { ShareDraft } from '../editor-draft.js';
import type { Editor } from '../editor.js';
import { DeviceCard } from './DeviceCard.js';
import { DeviceListFooter } from './DeviceListFooter.js';
import { cx } from '../../../lib/cx.js';
import styles from '../editor.module.css';

/** The schema's limit (shared/schemas/vm-config.ts). */
const MAX_SHARES = 8;

/** The first of share1, share2... no other share uses. */
function freeTag(shares: readonly ShareDraft[]): string {
  for (let n = 1; ; n++) if (!shares.some((s) => s.tag === `share${n}`)) return `share${n}`;
}

/**
 * Host folders the guest mounts. Each card says which way the folder will travel (virtiofs or 9p, by
 * the rule in shared/shared-folders.ts and what the host can run) and the command to mount it in the
 * guest, ready to copy. Changes apply at the next start, as the page's intro and the pending mark say.
 */
export function SharesSection({ ed }: { ed: Editor }) {
  const { t } = useTranslation('shares');
  const { draft, set, errors, host } = ed;
  const shares = draft.sharedFolders;
  const update = (i: number, patch: Partial<ShareDraft>) =>
    set({ sharedFolders: shares.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const virtiofsd = Boolean(host?.qemu.virtiofsd);
  return (
    <Flex direction="column" gap="3">
      {shares.length === 0 ? (
        <Text size="2" color="gray">
          {t('page.none')}
        </Text>
      ) : null}
      {shares.map((s, i) => {
        const p = `sharedFolders.${i}`;
        const num = i + 1;
        const pathErr = errors[`${p}.hostPath`];
        const tagErr = errors[`${p}.tag`];
        const { transport, why } = shareTransport(s, virtiofsd);
        const tag = s.tag.trim() || 'TAG';
        return (
          <DeviceCard
            key={s.key}
            title={t('page.title', { n: num })}
            detail={s.tag}
            removeLabel={t('page.remove', { n: num })}
            removeHint={t('page.removeHint')}
            onRemove={() => set({ sharedFolders: shares.filter((_, j) => j !== i) })}
          >
            <FormField id={`hw-share-${i}-path`} label={t('page.folder')} error={pathErr}>
              <PathField
                id={`hw-share-${i}-path`}
                kind="folder"
                value={s.hostPath}
                error={pathErr}
                browseName={t('page.browse', { n: num })}
                onChange={(hostPath) => update(i, { hostPath })}
              />
            </FormField>
            <Flex gap="5" align="start" wrap="wrap">
              <FormField id={`hw-share-${i}-tag`} label={t('page.tag')} error={tagErr} hint={t('page.tagHint')}>
                <TextField.Root
                  {...fieldAria(`hw-share-${i}-tag`, tagErr)}
                  className={cx(styles.narrowInput, 'mono-input')}
                  autoComplete="off"
                  spellCheck={false}
                  value={s.tag}
                  onChange={(e) => update(i, { tag: e.target.value })}
                />
              </FormField>
              <Text as="label" size="2" className={styles.shareReadOnly}>
                <Flex gap="2" align="center">
                  <Checkbox checked={s.readOnly} onCheckedChange={(c) => update(i, { readOnly: c === true })} />
                  {t('page.readOnly')}
                </Flex>
              </Text>
            </Flex>
            <Flex direction="column" gap="1">
              <Flex gap="2" align="center">
                <Text size="2" weight="medium">
                  {t('page.transport')}
                </Text>
                <Badge size="1" variant="soft" color={transport === 'virtiofs' ? 'green' : 'gray'}>
                  {t(`transport.${transport}`)}
                </Badge>
              </Flex>
              <Text size="1" color="gray">
                {t(`transport.why.${why}`)}
              </Text>
            </Flex>
            <Flex direction="column" gap="1">
              <Text size="2" weight="medium">
                {t('page.mount')}
              </Text>
              <CommandBlock command={guestMountCommand(tag, transport, s.readOnly)} label={t('page.mount')} />
              <Text size="1" color="gray">
                {t(transport === 'virtiofs' ? 'page.mountHintVirtiofs' : 'page.mountHint9p')}
              </Text>
            </Flex>
          </DeviceCard>
        );
      })}
      <DeviceListFooter
        error={errors.sharedFolders}
        label={t('page.add')}
        disabled={shares.length >= MAX_SHARES}
        onAdd={() => set({ sharedFolders: [...shares, { key: rowKey(), hostPath: '', tag: freeTag(shares), readOnly: false }] })}
      />
    </Flex>
  );
}
