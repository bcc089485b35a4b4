import { Badge, Code, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { ImageLayer } from '../../../shared/api.js';
import { formatBytes } from '../../lib/format.js';
import styles from './disks.module.css';

/** qemu-img info --backing-chain as a list: the image itself, then each file it reads through to. */
export function ImageChain({ chain }: { chain: ImageLayer[] }) {
  const { t } = useTranslation('storage');
  return (
    <ol className={styles.imageChain} aria-label={t('chain.label')}>
      {chain.map((layer, i) => (
        <li key={`${i}:${layer.path}`} className={styles.imageLayer}>
          <Flex align="center" gap="2" wrap="wrap">
            <Text size="1" color="gray" className={styles.imageLayerRole}>
              {i === 0 ? t('chain.self') : i === 1 ? t('chain.backing') : t('chain.deeper')}
            </Text>
            <Code size="1" variant="ghost" className="path">
              {layer.path}
            </Code>
          </Flex>
          <Flex gap="2" align="center" className={styles.imageLayerFacts}>
            <Badge size="1" color="gray" variant="soft">
              {layer.format}
            </Badge>
            <Text size="1" color="gray" className="numeric">
              {formatBytes(layer.virtualSize)},{' '}
              {layer.actualSize === null ? t('image.onDiskUnknown') : t('image.onDisk', { size: layer.actualSize })}
            </Text>
          </Flex>
        </li>
      ))}
    </ol>
  );
}
