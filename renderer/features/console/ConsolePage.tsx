import { SegmentedControl } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsoleStream } from '../../../shared/api.js';
import type { VmSummary } from '../../../shared/model/index.js';
import { loadStream, saveStream } from './console-prefs.js';
import { defaultStream, streamsOf } from './console-streams.js';
import { ConsoleView } from './ConsoleView.js';
import styles from './console.module.css';

/**
 * The VM page's Console tab: Virtio console (where the VM has one), Serial, Monitor or Display, remembered per VM. Only the chosen console is
 * mounted; coming back to one re-attaches it and the engine replays what was missed.
 */
export function ConsolePage({ vm }: { vm: VmSummary }) {
  const { t } = useTranslation('console');
  const streams = streamsOf(vm.config);
  const [chosen, setStream] = useState<ConsoleStream>(() => loadStream(vm.id) ?? defaultStream(vm.config));
  // A remembered virtio console the VM no longer has falls back to the VM's own console.
  const stream = streams.includes(chosen) ? chosen : defaultStream(vm.config);
  const choose = (next: ConsoleStream) => {
    setStream(next);
    saveStream(vm.id, next);
  };
  const switcher = (
    <SegmentedControl.Root
      size="1"
      value={stream}
      onValueChange={(v) => choose(v as ConsoleStream)}
      aria-label={t('stream.switcher')}
      className={styles.switcher}
    >
      {streams.map((s) => (
        <SegmentedControl.Item key={s} value={s}>
          {t(`stream.label.${s}`)}
        </SegmentedControl.Item>
      ))}
    </SegmentedControl.Root>
  );
  // Keyed by stream: each console has its own terminal or viewer, and its own link.
  return <ConsoleView key={stream} vm={vm} stream={stream} switcher={switcher} />;
}
