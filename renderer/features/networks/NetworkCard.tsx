import { Badge, Button, Card, Flex, Heading, Link, Text, Tooltip } from '@radix-ui/themes';
import { TrashIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivateNetwork } from '../../../shared/model/index.js';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { describeError } from '../../lib/errors.js';
import { useOnline } from '../../store/link.js';
import { showTab } from '../../store/ui.js';
import { selectVm } from '../../store/vms.js';
import { StateBadge } from '../vm-list/StateBadge.js';
import { deleteNetwork } from './network-actions.js';
import styles from './networks.module.css';

/** One network: its name, how it came to be, its multicast group, and every card on it. */
export function NetworkCard({ network: n }: { network: PrivateNetwork }) {
  const { t } = useTranslation('networks');
  const online = useOnline();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const group = `${n.group.address}:${n.group.port}`;
  const users = [...new Set(n.members.map((m) => m.vmName))].join(', ');
  // Why Delete cannot be used, said where the button is (a disabled button shows no tooltip of its own).
  const blocked = n.members.length ? t('view.inUseHint', { users }) : !n.registered ? t('view.implicitHint') : null;

  async function onDelete() {
    setBusy(true);
    setError(null);
    try {
      await deleteNetwork(n.name); // the list follows the engine's networks-changed event
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="2" className={styles.card} data-network={n.name}>
      <Flex direction="column" gap="3">
        <Flex align="center" gap="3" wrap="wrap">
          <Heading as="h3" size="3" className={styles.mono}>
            {n.name}
          </Heading>
          <Badge color={n.registered ? 'indigo' : 'gray'} variant="soft">
            {t(n.registered ? 'view.kindNamed' : 'view.kindImplicit')}
          </Badge>
          <Text size="1" color="gray">
            {t('view.members', { count: n.members.length })}
          </Text>
          <div className="toolbar-spacer" />
          <Tooltip content={blocked ?? t('view.deleteHint')}>
            {/* The span takes the pointer, so the reason shows on a disabled button too. */}
            <span tabIndex={blocked ? 0 : undefined} aria-describedby={blocked ? `net-${n.name}-why` : undefined}>
              <Button
                variant="soft"
                color="red"
                size="1"
                disabled={!!blocked || busy || !online}
                aria-label={t('view.deleteName', { name: n.name })}
                onClick={() => void onDelete()}
              >
                <TrashIcon /> {t('view.delete')}
              </Button>
            </span>
          </Tooltip>
        </Flex>
        <Tooltip content={t('view.groupHint', { group })}>
          <Text size="1" color="gray" className={styles.group}>
            {t('view.group', { group })}
          </Text>
        </Tooltip>
        {blocked ? (
          <Text id={`net-${n.name}-why`} size="1" color="gray" className={styles.why}>
            {blocked}
          </Text>
        ) : null}
        {error ? <EngineErrorCallout message={error} /> : null}
        {n.members.length ? (
          <ul className={styles.members}>
            {n.members.map((m) => (
              <li key={`${m.vmId}-${m.nicIndex}`} className={styles.member}>
                <Link
                  href="#"
                  size="2"
                  weight="medium"
                  aria-label={t('view.showVm', { vm: m.vmName })}
                  onClick={(e) => {
                    e.preventDefault();
                    selectVm(m.vmId);
                    showTab('details');
                  }}
                >
                  {t('view.member', { vm: m.vmName, n: m.nicIndex + 1 })}
                </Link>
                <Text size="1" color="gray" className={styles.mono}>
                  {t('view.memberMac', { mac: m.mac })}
                </Text>
                <StateBadge state={m.state} />
              </li>
            ))}
          </ul>
        ) : null}
      </Flex>
    </Card>
  );
}
