import { Callout, Flex, Link, Text } from '@radix-ui/themes';
import { CheckCircledIcon, ExclamationTriangleIcon, InfoCircledIcon } from '@radix-ui/react-icons';
import type { Accel, HostInfo } from '../../shared/model/index.js';
import { setCreateOpen, showPane } from '../store/ui.js';
import { useHost } from '../store/host.js';
import { kvmFailedSelfTest } from '../lib/host-verdict.js';

function openHostPage() {
  setCreateOpen(false);
  showPane('host');
}

function HostLink() {
  return (
    <Link asChild size="1">
      <button type="button" className="link-button" onClick={openHostPage}>
        See the host check
      </button>
    </Link>
  );
}

/** The line under the Accelerator select: what the choice means on this host, per the KVM self-test. */
export function AccelHint({ host, accel }: { host: HostInfo | null; accel: Accel }) {
  if (!host) return <>Checking the host…</>;
  if (accel === 'tcg') {
    return (
      <Flex as="span" align="start" gap="1">
        <InfoCircledIcon className="hint-icon" />
        <span>Runs on any host, 10–50× slower than KVM.</span>
      </Flex>
    );
  }
  const usable = host.kvm.usable;
  // The callout under the field says the rest; repeating the detail here would only push it down.
  if (accel === 'kvm' && !usable) return <>Uses KVM whatever the host check says.</>;
  return (
    <Flex as="span" align="start" gap="1">
      {usable ? (
        <CheckCircledIcon color="var(--green-9)" className="hint-icon" />
      ) : (
        <ExclamationTriangleIcon color="var(--amber-9)" className="hint-icon" />
      )}
      <span>
        <strong>{host.overall.title}.</strong> {host.kvm.detail}
      </span>
    </Flex>
  );
}

/** Picking KVM by hand on a host where it is not usable: say what will happen, and what then. */
export function KvmRiskCallout({ host }: { host: HostInfo }) {
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
            <strong>KVM failed the self-test on this host: guests may hang while booting.</strong> VirtDesk warns{' '}
            {watchdogSec ? `after ${watchdogSec} s without a sign of life` : 'when the guest shows no sign of life'} and offers to restart
            the VM with emulation.
          </Callout.Text>
        ) : (
          <Callout.Text>
            <strong>KVM is not usable on this host, so the VM will not start:</strong> {host.kvm.detail}
          </Callout.Text>
        )}
        <Text size="1">
          <HostLink />
        </Text>
      </Flex>
    </Callout.Root>
  );
}
