import { Button, Flex, Text } from '@radix-ui/themes';
import { ReloadIcon } from '@radix-ui/react-icons';
import { useRef } from 'react';
import type { VmSummary } from '../../../shared/model/index.js';
import { consoleLive } from '../../lib/vm-state.js';
import { ConsoleIdle } from './ConsoleIdle.js';
import { ConsoleStatus } from './ConsoleStatus.js';
import { useSerialConsole } from './useSerialConsole.js';

export function SerialConsole({ vm }: { vm: VmSummary }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const live = consoleLive(vm);
  const { phase, reconnect, focus } = useSerialConsole(vm.id, live, hostRef);

  return (
    <Flex direction="column" className="console">
      <Flex align="center" gap="3" px="3" className="console-bar">
        <ConsoleStatus phase={phase} live={live} />
        <div className="toolbar-spacer" />
        <Text size="1" color="gray" className="console-stream">
          serial0
        </Text>
        {live && phase.kind === 'disconnected' ? (
          <Button size="1" variant="soft" onClick={reconnect}>
            <ReloadIcon /> Reconnect
          </Button>
        ) : null}
      </Flex>
      <div className="console-screen">
        <div
          ref={hostRef}
          className="console-terminal"
          data-testid="console-terminal"
          role="region"
          aria-label={`Serial console of ${vm.name}`}
          onMouseDown={focus}
        />
        {!live ? (
          <div className="console-idle">
            <ConsoleIdle vm={vm} />
          </div>
        ) : null}
      </div>
    </Flex>
  );
}
