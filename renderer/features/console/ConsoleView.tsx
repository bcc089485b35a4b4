import type { ReactNode } from 'react';
import type { ConsoleStream } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { TerminalConsole } from './TerminalConsole.js';
import { VncConsole } from './VncConsole.js';

/** One console of a VM, whichever kind it is: in the Console tab or alone in a window. */
export function ConsoleView({
  vm,
  stream,
  switcher,
  windowed,
}: {
  vm: VmSummary;
  stream: ConsoleStream;
  switcher?: ReactNode;
  windowed?: boolean;
}) {
  return stream === 'vnc' ? (
    <VncConsole vm={vm} switcher={switcher} windowed={windowed} />
  ) : (
    // One terminal per stream: the serial one keeps a fixed geometry, the monitor's follows its pane.
    <TerminalConsole key={stream} vm={vm} stream={stream} switcher={switcher} windowed={windowed} />
  );
}
