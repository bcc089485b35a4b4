import { Button, Flex, Text, Tooltip } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useLink } from '../store/link.js';
import { useVms } from '../store/vms.js';
import { say } from '../i18n/i18n.js';
import { formatMiB } from '../lib/format.js';
import { qemuAlive } from '../lib/vm-state.js';
import { MODE_COLOR, MODE_SHORT } from '../lib/host-verdict.js';
import { showPane } from '../store/ui.js';
import { TaskIndicator } from './TaskIndicator.js';
import styles from './shell.module.css';

/** The host at a glance, as a desktop app's status bar. */
export function StatusBar() {
  const { t } = useTranslation('host');
  const host = useVms((s) => s.host);
  const count = useVms((s) => Object.keys(s.vms).length);
  // Counts every VM whose QEMU runs: a VM that is shutting down or paused still uses the host.
  const running = useVms((s) => Object.values(s.vms).filter(qemuAlive).length);
  const link = useLink((s) => s.link);
  const loaded = useVms((s) => s.loaded);
  return (
    <Flex asChild align="center" gap="4" px="3" className={styles.statusbar}>
      <footer>
        {loaded ? (
          <Text size="1" color="gray">
            {t('statusBar.vms', { count, running })}
          </Text>
        ) : null}
        {host ? (
          <>
            {/* The verdict, not just "/dev/kvm exists": a KVM that fails the self-test reads as emulation. */}
            <Tooltip content={t('statusBar.verdictTip', { title: say(host.overall.title), detail: say(host.kvm.detail) })}>
              <Button
                size="1"
                variant="ghost"
                color={host.overall.mode === 'kvm' ? 'gray' : MODE_COLOR[host.overall.mode]}
                className={styles.statusbarVerdict}
                onClick={() => showPane('host')}
              >
                <span className={styles.statusbarDot} data-mode={host.overall.mode} aria-hidden />
                {MODE_SHORT[host.overall.mode]}
              </Button>
            </Tooltip>
            <Text size="1" color="gray">
              {host.arch} · {t('page.threads', { count: host.cpuThreads })} · {formatMiB(host.memTotalMiB)}
            </Text>
            <Text size="1" color={host.qemu.system ? 'gray' : 'red'}>
              {host.qemu.version ? t('statusBar.qemu', { version: host.qemu.version }) : t('statusBar.qemuMissing')}
            </Text>
            <div className="toolbar-spacer" />
            <TaskIndicator />
            <Text size="1" color="gray" truncate title={host.dataDir} className={styles.statusbarPath}>
              {host.dataDir}
            </Text>
          </>
        ) : (
          <Text size="1" color="gray">
            {link.kind === 'open' ? t('statusBar.reading') : t('statusBar.connecting')}
          </Text>
        )}
      </footer>
    </Flex>
  );
}
