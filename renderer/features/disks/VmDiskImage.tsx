import { Badge, Flex, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { DiskEntry } from '../../../shared/api.js';
import { formatBytes } from '../../lib/format.js';
import { describeChain, unreadableText } from './disk-facts.js';
import { DiskActionBar } from './DiskActionBar.js';
import { ImageChain } from './ImageChain.js';
import styles from './disks.module.css';

/**
 * The image facts and actions for one disk on the hardware editor's Disks page: the same facts and
 * the same action bar as the Disks view. `entry` is undefined while the list is read, null when the
 * disk is not saved yet (only applied disks have an image to look at).
 */
export function VmDiskImage({ entry, onChanged }: { entry: DiskEntry | null | undefined; onChanged: () => void }) {
  const { t } = useTranslation('storage');
  if (entry === undefined)
    return (
      <Flex align="center" gap="2">
        <Spinner size="1" />
        <Text size="1" color="gray">
          {t('image.reading')}
        </Text>
      </Flex>
    );
  if (entry === null)
    return (
      <Text size="1" color="gray">
        {t('image.notApplied')}
      </Text>
    );
  const top = entry.chain?.[0];
  return (
    <Flex direction="column" gap="2" className={styles.vmDiskImage}>
      {top ? (
        <Flex gap="2" align="center" wrap="wrap" aria-label={t('image.label')}>
          <Badge size="1" variant="soft" color="gray">
            {top.format}
          </Badge>
          <Text size="1" className="numeric">
            {formatBytes(top.virtualSize)}
          </Text>
          <Text size="1" color="gray" className="numeric">
            {top.actualSize === null ? t('image.onDiskUnknown') : t('image.onDisk', { size: top.actualSize })} ·{' '}
            {t('image.snapshots', { count: entry.snapshots })} · {describeChain(entry.chain)}
          </Text>
        </Flex>
      ) : (
        <Text size="1" color="red">
          {unreadableText(entry)}
        </Text>
      )}
      {entry.chain && entry.chain.length > 1 ? <ImageChain chain={entry.chain} /> : null}
      <DiskActionBar entry={entry} onChanged={onChanged} />
    </Flex>
  );
}
