import { Button, Flex, IconButton, SegmentedControl, Text, Tooltip } from '@radix-ui/themes';
import { CameraIcon, EnterFullScreenIcon, ExitFullScreenIcon, KeyboardIcon } from '@radix-ui/react-icons';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmSummary } from '../../../shared/model/index.js';
import { useOnline } from '../../store/link.js';
import { consoleLive } from '../../lib/vm-state.js';
import { takeScreenshot } from './console-actions.js';
import { ConsoleDropped } from './ConsoleDropped.js';
import { ConsoleIdle } from './ConsoleIdle.js';
import { ConsoleStatus } from './ConsoleStatus.js';
import { ConsoleUnavailable } from './ConsoleUnavailable.js';
import { OpenWindowButton } from './OpenWindowButton.js';
import { SendKeyMenu } from './SendKeyMenu.js';
import { useConsoleLink } from './useConsoleLink.js';
import { useFullscreen } from './useFullscreen.js';
import { useVncViewer } from './useVncViewer.js';
import styles from './console.module.css';

export interface VncConsoleProps {
  vm: VmSummary;
  switcher?: ReactNode;
  windowed?: boolean;
}

/** The guest's screen over the engine's VNC relay, drawn by noVNC. */
export function VncConsole({ vm, switcher, windowed }: VncConsoleProps) {
  const { t } = useTranslation('console');
  const rootRef = useRef<HTMLDivElement>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const online = useOnline();
  const [scale, setScale] = useState(true);
  const viewer = useVncViewer(screenRef, scale);
  const { fullscreen, toggle: toggleFullscreen } = useFullscreen(rootRef);

  const noDisplay = !!vm.config && vm.config.display === 'none';
  const running = consoleLive(vm);
  const { phase, reconnectNow } = useConsoleLink(vm.id, 'vnc', running && !noDisplay, viewer.attach);
  const missing = noDisplay || phase.kind === 'unavailable';
  const connected = running && phase.kind === 'connected';
  // Menus and tooltips portal to <body>, which is not shown in full screen: keep them inside.
  const container = fullscreen ? rootRef.current : undefined;

  return (
    <Flex direction="column" className={styles.console} ref={rootRef}>
      <Flex align="center" gapX="3" gapY="1" px="3" className={styles.bar}>
        {switcher}
        <ConsoleStatus phase={noDisplay ? { kind: 'unavailable', reason: '' } : running ? phase : { kind: 'idle' }} />
        {/* The tools stay together, on the right: on a second line when the bar is too narrow. */}
        <Flex align="center" gap="3" className={styles.tools}>
          <SegmentedControl.Root
            size="1"
            value={scale ? 'scale' : '1:1'}
            onValueChange={(v) => setScale(v === 'scale')}
            aria-label={t('vnc.screenSize')}
          >
            <SegmentedControl.Item value="scale" aria-label={t('vnc.scaleLabel')}>
              {t('vnc.scale')}
            </SegmentedControl.Item>
            <SegmentedControl.Item value="1:1" aria-label={t('vnc.oneToOneLabel')}>
              1:1
            </SegmentedControl.Item>
          </SegmentedControl.Root>
          <SendKeyMenu vmId={vm.id} vmName={vm.name} disabled={!running || missing || !online} container={container} />
          <Tooltip content={t('vnc.screenshotTip')} container={container ?? undefined}>
            <IconButton
              size="1"
              variant="ghost"
              color="gray"
              aria-label={t('vnc.screenshot')}
              disabled={!running || missing || !online}
              onClick={() => void takeScreenshot(vm.id, vm.name)}
            >
              <CameraIcon />
            </IconButton>
          </Tooltip>
          <Tooltip content={fullscreen ? t('vnc.leaveFullscreenTip') : t('vnc.fullscreen')} container={container ?? undefined}>
            <IconButton
              size="1"
              variant="ghost"
              color="gray"
              aria-label={fullscreen ? t('vnc.leaveFullscreen') : t('vnc.fullscreen')}
              onClick={toggleFullscreen}
            >
              {fullscreen ? <ExitFullScreenIcon /> : <EnterFullScreenIcon />}
            </IconButton>
          </Tooltip>
          {windowed ? null : <OpenWindowButton vmId={vm.id} stream="vnc" />}
        </Flex>
      </Flex>
      <Flex align="center" gap="2" px="3" className={styles.hint} data-captured={viewer.captured || undefined}>
        <KeyboardIcon className={styles.hintIcon} aria-hidden />
        <Text size="1" role="status" className={styles.hintText} truncate>
          {!connected ? t('vnc.notShown') : viewer.captured ? t('vnc.captured') : t('vnc.clickToType')}
        </Text>
        <div className="toolbar-spacer" />
        {/* The screen only takes the focus on a click; this is the way in from the keyboard. */}
        {connected && !viewer.captured ? (
          <Button size="1" variant="ghost" onClick={viewer.focus} className={styles.hintAction}>
            {t('vnc.typeInto')}
          </Button>
        ) : null}
        {connected && viewer.screenSize ? (
          <Text
            size="1"
            color="gray"
            className="numeric"
            aria-label={t('vnc.guestSize', { width: viewer.screenSize.width, height: viewer.screenSize.height })}
          >
            {viewer.screenSize.width}×{viewer.screenSize.height}
          </Text>
        ) : null}
      </Flex>
      <div className={styles.screen}>
        <div
          ref={screenRef}
          className={styles.vncScreen}
          data-testid="vnc-screen"
          data-guest-screen
          role="region"
          aria-label={t('stream.region.vnc', { vm: vm.name })}
        />
        {running && phase.kind === 'retrying' ? <ConsoleDropped reason={phase.reason} at={phase.at} onReconnect={reconnectNow} /> : null}
        {missing ? (
          <div className={styles.overlay}>
            <ConsoleUnavailable vm={vm} device="display" reason={phase.kind === 'unavailable' ? phase.reason : undefined} />
          </div>
        ) : !running ? (
          <div className={styles.overlay}>
            <ConsoleIdle vm={vm} stream="vnc" />
          </div>
        ) : null}
      </div>
    </Flex>
  );
}
