import { Flex, Heading, Spinner, Text, Theme } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSystemAppearance } from '../theme/useSystemAppearance.js';
import { useUi } from '../store/ui.js';
import { useVms } from '../store/vms.js';
import { canOpenConsole } from '../lib/vm-state.js';
import { StateBadge } from '../features/vm-list/StateBadge.js';
import { ShutdownCountdown } from '../features/vm-details/ShutdownCountdown.js';
import { ConsoleView } from '../features/console/ConsoleView.js';
import { rememberWindowGeometry } from '../features/console/console-window.js';
import type { ConsoleWindowParams } from '../features/console/console-window-url.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { Notices } from './Notices.js';
import styles from './shell.module.css';

/**
 * A console in a window of its own (?view=console): one slim header with the VM's name and state, then
 * the console. No list, no toolbar. It closes itself when the VM is deleted.
 */
export function ConsoleWindowApp({ params }: { params: ConsoleWindowParams }) {
  const { t } = useTranslation('console');
  const appearance = useSystemAppearance();
  const vm = useVms((s) => s.vms[params.vmId] ?? null);
  const loaded = useVms((s) => s.loaded);
  const [gone, setGone] = useState(false);

  useEffect(() => rememberWindowGeometry(params), [params]);
  // Opened on purpose to type into it: the terminal may take the keyboard at once.
  useEffect(() => useUi.setState({ consoleWantsFocus: true }), []);

  // The window's title names the console in the window's language, and follows a change of it.
  const noun = t(`stream.noun.${params.stream}`);
  const title = vm ? t('window.title', { vm: vm.name, console: noun }) : 'VirtDesk';
  useEffect(() => {
    document.title = title;
  }, [title]);

  // The VM was deleted (or never existed): this window has nothing left to show.
  useEffect(() => {
    if (!loaded || vm) return;
    setGone(true);
    window.close(); // only works for windows a script opened; otherwise the message below stays
  }, [loaded, vm]);

  return (
    <Theme
      appearance={appearance}
      accentColor="indigo"
      grayColor="slate"
      radius="medium"
      scaling="95%"
      panelBackground="solid"
      className={styles.app}
    >
      <Flex asChild align="center" gap="3" px="3" className={styles.consoleWindowHeader}>
        <header>
          <Heading as="h1" size="3" truncate>
            {vm?.name ?? 'VirtDesk'}
          </Heading>
          {vm ? <StateBadge state={vm.status.state} /> : null}
          {vm?.status.state === 'shutting-down' ? <ShutdownCountdown forceOffAt={vm.status.forceOffAt} /> : null}
          <div className="toolbar-spacer" />
          <Text size="1" color="gray">
            {t(`stream.heading.${params.stream}`)}
          </Text>
        </header>
      </Flex>
      <ConnectionBanner />
      <main className={styles.consoleWindowMain}>
        {vm && canOpenConsole(vm) ? (
          <ConsoleView vm={vm} stream={params.stream} windowed />
        ) : (
          <Flex align="center" justify="center" gap="2" className={styles.consoleWindowEmpty}>
            {!loaded ? <Spinner /> : null}
            <Text size="2" color="gray">
              {!loaded ? t('window.connecting') : gone || !vm ? t('window.gone') : t('window.unreadable')}
            </Text>
          </Flex>
        )}
      </main>
      <Notices />
    </Theme>
  );
}
