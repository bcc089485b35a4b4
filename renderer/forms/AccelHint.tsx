import { Callout, Flex, Link, Text } from '@radix-ui/themes';
import { CheckCircledIcon, ExclamationTriangleIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Accel, HostInfo } from '../../shared/model/index.js';
import { say } from '../i18n/i18n.js';
import { setCreateOpen, showPane } from '../store/ui.js';
import { useHost } from '../store/host.js';
import { kvmFailedSelfTest } from '../lib/host-verdict.js';

function openHostPage() {
  setCreateOpen(false);
  showPane('host');
}

function HostLink() {
  const { t } = useTranslation('host');
  return (
    <Link asChild size="1">
      <button type="button" className="link-button" onClick={openHostPage}>
        {t('accel.hint.hostLink')}
      </button>
    </Link>
  );
}

/** The line under the Accelerator select: what the choice means on this host, per the KVM self-test. */
export function AccelHint({ host, accel }: { host: HostInfo | null; accel: Accel }) {
  const { t } = useTranslation('host');
  if (!host) return <>{t('accel.hint.checking')}</>;
  if (accel === 'tcg') {
    return (
      <Flex as="span" align="start" gap="1">
        <InfoCircledIcon className="hint-icon" />
        <span>{t('accel.hint.tcg')}</span>
      </Flex>
    );
  }
  const usable = host.kvm.usable;
  // The callout under the field says the rest; repeating the detail here would only push it down.
  if (accel === 'kvm' && !usable) return <>{t('accel.hint.kvmForced')}</>;
  return (
    <Flex as="span" align="start" gap="1">
      {usable ? (
        <CheckCircledIcon color="var(--green-9)" className="hint-icon" />
      ) : (
        <ExclamationTriangleIcon color="var(--amber-9)" className="hint-icon" />
      )}
      <span>
        <strong>{say(host.overall.title)}.</strong> {say(host.kvm.detail)}
      </span>
    </Flex>
  );
}

/** Picking KVM by hand on a host where it is not usable: say what will happen, and what then. */
export function KvmRiskCallout({ host }: { host: HostInfo }) {
  const { t } = useTranslation('host');
  const watchdogSec = useHost((s) => s.settings?.kvmWatchdogSec);
  const hangs = kvmFailedSelfTest(host);
  return (
    <Callout.Root color="amber" size="1" role="alert">
      <Callout.Icon>
        <ExclamationTriangleIcon />
      </Callout.Icon>
      <Flex direction="column" gap="1">
        {hangs ? (
          <Callout.Text>
            <strong>{t('accel.risk.hangsTitle')}</strong>{' '}
            {watchdogSec ? t('accel.risk.hangs', { value: watchdogSec }) : t('accel.risk.hangsNoWatchdog')}
          </Callout.Text>
        ) : (
          <Callout.Text>
            <strong>{t('accel.risk.unusableTitle')}</strong> {say(host.kvm.detail)}
          </Callout.Text>
        )}
        <Text size="1">
          <HostLink />
        </Text>
      </Flex>
    </Callout.Root>
  );
}
