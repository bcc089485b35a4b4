import * as Tabs from '@radix-ui/react-tabs';
import { Flex, Text, VisuallyHidden } from '@radix-ui/themes';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VmConfig, VmSummary } from '../../../shared/model/index.js';
import { notify } from '../../store/notices.js';
import { showSection, useUi } from '../../store/ui.js';
import { useVms } from '../../store/vms.js';
import { useOnline } from '../../store/link.js';
import { describeError, issueText } from '../../lib/errors.js';
import { qemuAlive } from '../../lib/vm-state.js';
import { updateVm } from './details-actions.js';
import { checkSection, dirtySections, draftFromConfig, rebaseDraft, revertSection, type EditorDraft } from './editor-draft.js';
import { describeLiveChange, pendingOf, sectionLabel, sectionTitle, SECTIONS, type SectionId } from './hardware-sections.js';
import type { Editor } from './editor.js';
import { PendingBadge } from './PendingBadge.js';
import { SectionPage } from './SectionPage.js';
import { SECTION_VIEWS } from './sections/index.js';
import styles from './editor.module.css';

const SAVED = { nextBoot: 'editor.savedNextBoot', live: 'editor.savedLive', saved: 'editor.saved' } as const;

interface Working {
  base: VmConfig;
  draft: EditorDraft;
}

/**
 * The VM's settings as virt-manager shows them: a list of hardware on the left, one page per item.
 * Each page applies on its own; a running VM takes most changes at its next boot. The list is Radix's
 * unstyled Tabs (vertical: arrow keys move up and down), drawn by editor.module.css: the kit's Tabs
 * are a horizontal strip, and restyling their insides would break with the kit's next version.
 */
export function HardwareEditor({ vm, config }: { vm: VmSummary; config: VmConfig }) {
  const { t } = useTranslation('details');
  const section = useUi((s) => s.section);
  const host = useVms((s) => s.host);
  const online = useOnline();
  const [work, setWork] = useState<Working>(() => ({ base: config, draft: draftFromConfig(config) }));
  const [saving, setSaving] = useState<SectionId | null>(null);
  // The refusal itself, not its text: its words follow a change of language.
  const [engineError, setEngineError] = useState<{ section: SectionId; err: unknown } | null>(null);
  const [saved, setSaved] = useState<{ section: SectionId; outcome: 'nextBoot' | 'live' | 'saved' } | null>(null);

  // The stored config changed (our Apply, another window, a remedy): keep unsaved edits, refresh the rest.
  useEffect(() => {
    setWork((w) => (w.base === config ? w : { base: config, draft: rebaseDraft(w.draft, w.base, config) }));
  }, [config]);

  const { base, draft } = work;
  const running = qemuAlive(vm);
  const dirty = useMemo(() => new Set(dirtySections(draft, base)), [draft, base]);
  const check = useMemo(() => checkSection(section, draft, base), [section, draft, base]);

  const set = (patch: Partial<EditorDraft>) => {
    setWork((w) => ({ ...w, draft: { ...w.draft, ...patch } }));
    setEngineError(null);
    setSaved(null);
  };

  async function apply(id: SectionId) {
    const c = checkSection(id, draft, base);
    if (!c.dirty || !c.ok || saving) return;
    setSaving(id);
    setEngineError(null);
    try {
      const result = await updateVm(vm.id, c.patch);
      const live = result.appliedLive.map((field) => describeLiveChange(t, field));
      const later = pendingOf(id, result.pendingRestart).length > 0;
      if (live.length) notify({ tone: 'success', title: t('editor.changedLive', { what: live.join(', ') }) });
      setSaved({ section: id, outcome: later ? 'nextBoot' : live.length ? 'live' : 'saved' });
    } catch (err) {
      setEngineError({ section: id, err });
    } finally {
      setSaving(null);
    }
  }

  const errors = Object.fromEntries(Object.entries(check.errors).map(([path, issue]) => [path, issueText(issue)]));
  const ed: Editor = { vm, config: base, draft, set, errors, running, host };
  const view = SECTION_VIEWS[section];

  return (
    <Tabs.Root orientation="vertical" value={section} onValueChange={(v) => showSection(v as SectionId)} className={styles.editor}>
      <Tabs.List aria-label={t('editor.hardware')} className={styles.list}>
        {SECTIONS.map((s) => {
          const Icon = SECTION_VIEWS[s.id].icon;
          const pending = running && pendingOf(s.id, vm.status.pendingRestart).length > 0;
          return (
            <Tabs.Trigger key={s.id} value={s.id} className={styles.item}>
              <Flex align="center" gap="2" width="100%">
                <Icon aria-hidden className={styles.icon} />
                <Text size="2" truncate className={styles.title} title={s.short ? sectionTitle(t, s.id) : undefined}>
                  {sectionLabel(t, s)}
                </Text>
                {dirty.has(s.id) ? (
                  <span className={styles.unsavedDot} title={t('editor.unsaved')}>
                    <VisuallyHidden> {t('editor.unsavedMark')}</VisuallyHidden>
                  </span>
                ) : null}
                {pending ? <PendingBadge compact /> : null}
              </Flex>
            </Tabs.Trigger>
          );
        })}
      </Tabs.List>
      {SECTIONS.map((s) => (
        <Tabs.Content key={s.id} value={s.id} className={styles.panel}>
          {s.id === section ? (
            <SectionPage
              section={section}
              intro={t(`intro.${section}`)}
              check={check}
              pending={running && pendingOf(section, vm.status.pendingRestart).length > 0}
              running={running}
              saving={saving === section}
              offline={!online}
              engineError={engineError?.section === section ? describeError(engineError.err) : null}
              saved={saved?.section === section ? t(SAVED[saved.outcome]) : null}
              onApply={() => void apply(section)}
              onRevert={() => {
                setWork((w) => ({ ...w, draft: revertSection(w.draft, section, w.base) }));
                setEngineError(null);
              }}
            >
              <view.View ed={ed} />
            </SectionPage>
          ) : null}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
