import { Callout, Flex } from '@radix-ui/themes';
import { CheckCircledIcon, CrossCircledIcon, ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { HostInfo } from '../../../shared/model/index.js';
import { say } from '../../i18n/i18n.js';
import { MODE_COLOR } from '../../lib/host-verdict.js';

const ICON = { kvm: CheckCircledIcon, tcg: ExclamationTriangleIcon, none: CrossCircledIcon } as const;

/** The answer first: can this host run VMs, and how fast. A status region, so a re-run is announced. */
export function OverallVerdict({ overall }: { overall: HostInfo['overall'] }) {
  useTranslation('host'); // the engine's verdict is read in the window's language: follow it
  const Icon = ICON[overall.mode];
  return (
    <Callout.Root size="3" variant="surface" color={MODE_COLOR[overall.mode]} role="status" aria-labelledby="host-verdict-title">
      <Callout.Icon>
        <Icon width="22" height="22" />
      </Callout.Icon>
      <Flex direction="column" gap="1">
        <Callout.Text size="4" weight="bold" id="host-verdict-title">
          {say(overall.title)}
        </Callout.Text>
        <Callout.Text size="2">{say(overall.detail)}</Callout.Text>
      </Flex>
    </Callout.Root>
  );
}
