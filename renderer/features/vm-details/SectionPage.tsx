import { Button, Callout, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { CheckCircledIcon, ExclamationTriangleIcon } from '@radix-ui/react-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EngineErrorCallout } from '../../forms/EngineErrorCallout.js';
import { issueText } from '../../lib/errors.js';
import type { SectionCheck } from './editor-draft.js';
import { sectionTitle, type SectionId } from './hardware-sections.js';
import { PendingBadge } from './PendingBadge.js';
import styles from './editor.module.css';

interface Props {
  section: SectionId;
  /** One or two sentences: what the setting is and what QEMU option it becomes. */
  intro: string;
  check: SectionCheck;
  pending: boolean;
  running: boolean;
  saving: boolean;
  /** The engine is unreachable: nothing can be saved meanwhile. */
  offline: boolean;
  engineError: string | null;
  /** The last Apply succeeded: its outcome, until the next edit. */
  saved: string | null;
  onApply: () => void;
  onRevert: () => void;
  /** Pages without settings of their own (none yet) hide the buttons. */
  readOnly?: boolean;
  children: ReactNode;
}

/** One page of the hardware editor: title, the settings, and Apply/Revert like virt-manager's. */
export function SectionPage(p: Props) {
  const { t } = useTranslation('details');
  const title = sectionTitle(t, p.section);
  const headingId = `hw-${p.section}-title`;
  return (
    <form
      className={styles.sectionPage}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (p.check.dirty && p.check.ok && !p.saving) p.onApply();
      }}
    >
      <div className={styles.sectionScroll}>
        <Flex direction="column" gap="4" className={styles.sectionContent}>
          <Flex direction="column" gap="1">
            <Flex align="center" gap="2" wrap="wrap">
              <Heading as="h3" size="3" id={headingId}>
                {title}
              </Heading>
              {p.pending ? <PendingBadge /> : null}
            </Flex>
            <Text as="p" size="2" color="gray">
              {p.intro}
            </Text>
          </Flex>
          {p.children}
          {p.check.otherErrors.length ? (
            <Callout.Root color="red" size="1" role="alert">
              <Callout.Icon>
                <ExclamationTriangleIcon />
              </Callout.Icon>
              <Flex direction="column">
                {p.check.otherErrors.map((issue) => (
                  <Callout.Text key={issue.path}>{issueText(issue)}</Callout.Text>
                ))}
              </Flex>
            </Callout.Root>
          ) : null}
          {p.engineError ? <EngineErrorCallout title={t('editor.notSaved')} message={p.engineError} /> : null}
        </Flex>
      </div>
      {p.readOnly ? null : (
        <Flex align="center" gap="3" className={styles.sectionFooter}>
          <Text size="1" color="gray" role="status" className={styles.sectionFooterNote}>
            {p.check.dirty ? (
              p.check.ok ? (
                p.running ? (
                  t('editor.unsavedRunning')
                ) : (
                  t('editor.unsavedNote')
                )
              ) : (
                <Text color="red">{t('editor.fixFields')}</Text>
              )
            ) : p.saved ? (
              <Flex as="span" align="center" gap="1">
                <CheckCircledIcon color="var(--green-10)" aria-hidden /> {p.saved}
              </Flex>
            ) : null}
          </Text>
          <Button type="button" variant="soft" color="gray" disabled={!p.check.dirty || p.saving} onClick={p.onRevert}>
            {t('editor.revert')}
          </Button>
          <Button type="submit" disabled={!p.check.dirty || !p.check.ok || p.saving || p.offline}>
            {p.saving ? <Spinner size="1" /> : null}
            {t('editor.apply')}
          </Button>
        </Flex>
      )}
    </form>
  );
}
