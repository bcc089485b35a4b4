import { Card, Flex, Heading, Text } from '@radix-ui/themes';
import type { HostInfo } from '../../../shared/model/index.js';
import { formatTime } from '../../lib/format.js';
import { CheckRow } from './CheckRow.js';
import { SelfTestButton } from './SelfTestButton.js';
import styles from './host.module.css';

function selfTestNote(test: HostInfo['kvm']['selfTest']): string | null {
  if (!test || test.result === 'not-run') return null;
  const when = formatTime(Date.parse(test.at));
  return `Self-test ${test.cached ? 'result from' : 'ran at'} ${when}, took ${(test.ms / 1000).toFixed(1)} s${test.cached ? ' (kept until the host reboots or QEMU changes)' : ''}.`;
}

export function HostChecks({ host }: { host: HostInfo }) {
  const note = selfTestNote(host.kvm.selfTest);
  return (
    <section aria-labelledby="host-checks-title">
      <Flex align="center" justify="between" gap="3" wrap="wrap" mb="2">
        <Heading as="h3" size="3" id="host-checks-title">
          Checks
        </Heading>
        <SelfTestButton />
      </Flex>
      <Card size="1" className={styles.checksCard}>
        <ul className={styles.checkList}>
          {host.checks.map((c) => (
            <CheckRow key={c.id} check={c} />
          ))}
        </ul>
      </Card>
      {note ? (
        <Text as="p" size="1" color="gray" mt="2">
          {note}
        </Text>
      ) : null}
    </section>
  );
}
