import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import styles from './networks.module.css';

/** The paragraphs, in reading order; the last one says what to do. */
const PARAGRAPHS = ['what', 'noRoot', 'addresses', 'compare', 'start'] as const;

/** No network yet: what one is, that it needs no root, where addresses come from, and how it differs from NAT and a bridge. */
export function NetworksEmpty() {
  const { t } = useTranslation('networks');
  return (
    <Card size="2" className={styles.empty}>
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3">
          {t('empty.title')}
        </Heading>
        {PARAGRAPHS.map((k) => (
          <Text as="p" size="2" key={k} color={k === 'start' ? undefined : 'gray'}>
            {t(`empty.${k}`)}
          </Text>
        ))}
      </Flex>
    </Card>
  );
}
