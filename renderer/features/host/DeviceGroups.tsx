import { Code, Flex, Heading, Text } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QemuCapabilities } from '../../../shared/model/index.js';
import { groupDevices } from './capabilities-view.js';
import { FilterField } from './FilterField.js';
import styles from './host.module.css';

/** QEMU's categories as `-device help` names them -> their words in the catalog. */
const CATEGORY = {
  'Network devices': 'network',
  'Display devices': 'display',
  'Storage devices': 'storage',
  'Input devices': 'input',
  'Sound devices': 'sound',
  'USB devices': 'usb',
  'Controller/Bridge/Hub devices': 'controller',
  'Misc devices': 'misc',
  'CPU devices': 'cpu',
  'Watchdog devices': 'watchdog',
  'Uncategorized devices': 'uncategorized',
} as const;

/** `-device help` in QEMU's own categories, the ones a VM's hardware is picked from first. */
export function DeviceGroups({ devices }: { devices: QemuCapabilities['devices'] }) {
  const { t } = useTranslation('host');
  const [filter, setFilter] = useState('');
  const groups = groupDevices(devices, filter);
  const shown = groups.reduce((n, g) => n + g.devices.length, 0);
  // A category a newer QEMU adds is shown in QEMU's own words.
  const categoryName = (category: string) =>
    Object.hasOwn(CATEGORY, category) ? t(`capabilities.devices.category.${CATEGORY[category as keyof typeof CATEGORY]}`) : category;
  return (
    <Flex direction="column" className={styles.capsFiltered}>
      <div className={styles.capsFilterBar}>
        <FilterField label={t('capabilities.devices.filter')} value={filter} onChange={setFilter} shown={shown} total={devices.length} />
      </div>
      <div className={styles.capsScroll} tabIndex={0} aria-label={t('capabilities.devices.list')}>
        {groups.length === 0 ? (
          <Text as="p" size="2" color="gray" className={styles.capsEmpty}>
            {t('capabilities.devices.none', { filter: filter.trim() })}
          </Text>
        ) : null}
        {groups.map((g) => {
          const headingId = `device-group-${g.category.replace(/\W+/g, '-').toLowerCase()}`;
          return (
            <section key={g.category} aria-labelledby={headingId}>
              <Heading as="h4" size="2" id={headingId} className={styles.deviceGroupTitle}>
                {categoryName(g.category)}{' '}
                <Text color="gray" weight="regular">
                  ({g.devices.length})
                </Text>
              </Heading>
              <ul className={styles.deviceList}>
                {g.devices.map((d) => (
                  <li key={d.name} className={styles.deviceRow}>
                    <Code variant="ghost" size="2" className={styles.deviceName}>
                      {d.name}
                    </Code>
                    <Text size="1" color="gray">
                      {d.bus ?? ''}
                    </Text>
                    <Text size="2">
                      {d.description ?? ''}
                      {d.alias ? (
                        <Text color="gray" size="1">
                          {d.description ? ' · ' : ''}
                          {t('capabilities.devices.alias', { name: d.alias })}
                        </Text>
                      ) : null}
                    </Text>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </Flex>
  );
}
