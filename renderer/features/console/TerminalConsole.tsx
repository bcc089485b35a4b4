import { ContextMenu, Flex, IconButton, Tooltip } from '@radix-ui/themes';
import { MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useCallback, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { useUi } from '../../store/ui.js';
import { consoleLive } from '../../lib/vm-state.js';
import { closeReason } from './close-reason.js';
import { loadTermGeometry, saveTermGeometry, type TermGeometry } from './console-prefs.js';
import { GeometryMenu } from './GeometryMenu.js';
import { ConsoleDropped } from './ConsoleDropped.js';
import { ConsoleIdle } from './ConsoleIdle.js';
import { ConsoleStatus } from './ConsoleStatus.js';
import { ConsoleUnavailable } from './ConsoleUnavailable.js';
import { FindBar } from './FindBar.js';
import { MonitorHint } from './MonitorHint.js';
import { OpenWindowButton } from './OpenWindowButton.js';
import { copySelection, pasteClipboard } from './terminal-clipboard.js';
import { attachRelay } from './relay-attach.js';
import { TerminalContextMenu } from './TerminalContextMenu.js';
import { useConsoleLink, type AttachViewer } from './useConsoleLink.js';
import { useTerminal } from './useTerminal.js';
import styles from './console.module.css';

export interface TerminalConsoleProps {
  vm: VmSummary;
  stream: 'serial0' | 'hvc0' | 'monitor';
  /** The Serial/Monitor/Display switcher, at the bar's start (absent in a console window). */
  switcher?: ReactNode;
  /** Shown in a window of its own: no "Open in a new window". */
  windowed?: boolean;
}

/** A text console (the serial port, the virtio console or QEMU's monitor) in xterm.js, attached to the engine's relay. */
export function TerminalConsole({ vm, stream, switcher, windowed }: TerminalConsoleProps) {
  const { t } = useTranslation('console');
  // The virtio console is a guest console like the serial port: same fixed terminal, same tools.
  const serial = stream === 'serial0' || stream === 'hvc0';
  const hostRef = useRef<HTMLDivElement>(null);
  // The serial terminal keeps its geometry; the monitor is line by line and may follow its pane.
  const [geometry, setGeometry] = useState<TermGeometry>(loadTermGeometry);
  const controls = useTerminal(
    hostRef,
    {
      copy: () => void copySelection(controls.term.current),
      paste: () => void pasteClipboard(controls.term.current),
    },
    serial ? geometry : null,
  );
  const [hasSelection, setHasSelection] = useState(false);

  const noPort = !!vm.config && (stream === 'hvc0' ? vm.config.consoleDevice !== 'virtio' : serial && vm.config.serialPorts === 0);
  const running = consoleLive(vm);
  const { phase, reconnectNow } = useConsoleLink(vm.id, stream, running && !noPort, useTerminalAttach(controls.term, hostRef));
  const missing = noPort || (serial && phase.kind === 'unavailable');

  return (
    <Flex direction="column" className={styles.console}>
      <Flex align="center" gapX="3" gapY="1" px="3" className={styles.bar}>
        {switcher}
        <ConsoleStatus phase={noPort ? { kind: 'unavailable', reason: '' } : running ? phase : { kind: 'idle' }} />
        {/* The tools stay together, on the right: on a second line when the bar is too narrow. */}
        <Flex align="center" gap="3" className={styles.tools}>
          {serial && !missing ? (
            <GeometryMenu
              geometry={geometry}
              shownFontSize={controls.shownFontSize}
              onChange={(g) => {
                setGeometry(g);
                saveTermGeometry(g);
              }}
              returnFocus={controls.focus}
            />
          ) : null}
          <Tooltip content={t('bar.findTip')}>
            <IconButton size="1" variant="ghost" color="gray" aria-label={t('bar.find')} onClick={controls.openFind} disabled={missing}>
              <MagnifyingGlassIcon />
            </IconButton>
          </Tooltip>
          {windowed ? null : <OpenWindowButton vmId={vm.id} stream={stream} />}
        </Flex>
      </Flex>
      {!serial ? <MonitorHint vm={vm} live={running && phase.kind === 'connected'} onType={(text) => typeInto(controls, text)} /> : null}
      <ContextMenu.Root onOpenChange={(open) => open && setHasSelection(!!controls.term.current?.hasSelection())}>
        <ContextMenu.Trigger disabled={missing}>
          <div className={styles.screen}>
            {/* A fixed-geometry terminal sits in a frame that letterboxes it, or scrolls when even its smallest font is too big. */}
            <div className={serial ? styles.fixedFrame : styles.fitFrame}>
              <div
                ref={hostRef}
                className={serial ? styles.fixedTerminal : styles.terminal}
                data-testid={serial ? 'console-terminal' : 'monitor-terminal'}
                role="region"
                aria-label={t(`stream.region.${stream}`, { vm: vm.name })}
                onMouseDown={controls.focus}
              />
            </div>
            {running && phase.kind === 'retrying' ? (
              <ConsoleDropped reason={phase.reason} at={phase.at} onReconnect={reconnectNow} />
            ) : null}
            {controls.findOpen ? <FindBar controls={controls} /> : null}
            {missing ? (
              <div className={styles.overlay}>
                <ConsoleUnavailable
                  vm={vm}
                  device={stream === 'hvc0' ? 'virtio' : 'serial'}
                  reason={phase.kind === 'unavailable' ? phase.reason : undefined}
                />
              </div>
            ) : !running ? (
              <div className={styles.overlay}>
                <ConsoleIdle vm={vm} stream={stream} />
              </div>
            ) : null}
          </div>
        </ContextMenu.Trigger>
        <TerminalContextMenu controls={controls} hasSelection={hasSelection} />
      </ContextMenu.Root>
    </Flex>
  );
}

function typeInto(controls: ReturnType<typeof useTerminal>, text: string) {
  const t = controls.term.current;
  if (!t) return;
  t.paste(text);
  t.focus();
}

/**
 * Attaches the terminal to a relay socket (see attachRelay). The host element's data-parsed-bytes says
 * how much of this link's output xterm has parsed, whenever it has caught up: what the end-to-end tests
 * compare with what the relay sent (an attribute written only when a burst is done costs nothing).
 */
function useTerminalAttach(term: ReturnType<typeof useTerminal>['term'], host: RefObject<HTMLDivElement | null>): AttachViewer {
  return useCallback<AttachViewer>(
    (url, events) => {
      const t = term.current;
      if (!t) throw new Error('the terminal is not open yet');
      return attachRelay(t, url, {
        opened() {
          events.opened();
          if (useUi.getState().consoleWantsFocus) t.focus();
        },
        closed: (how) => events.closed(closeReason(how)),
        caughtUp(parsed) {
          if (host.current) host.current.dataset.parsedBytes = String(parsed);
        },
      });
    },
    [term, host],
  );
}
