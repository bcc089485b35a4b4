import { Button, Flex, Text, Tooltip } from '@radix-ui/themes';
import { ExclamationTriangleIcon } from '@radix-ui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskEntry } from '../../../shared/api.js';
import { useOnline } from '../../store/link.js';
import { fileName, actionRefusal } from './disk-facts.js';
import { actionsFor, type DiskRequest } from './disk-actions.js';
import { DiskDialogs } from './DiskDialogs.js';
import styles from './disks.module.css';

/**
 * Resize…, Convert… and Check for one VM's image, Delete base… for a shared base, with their dialogs. When the engine refuses them now the
 * buttons are disabled and the reason is written beside them, not only in a tooltip.
 */
export function DiskActionBar({ entry, onChanged }: { entry: DiskEntry; onChanged: () => void }) {
  const { t } = useTranslation('storage');
  const online = useOnline();
  const [request, setRequest] = useState<DiskRequest | null>(null);
  const refusal = actionRefusal(entry);
  const name = fileName(entry.path);
  return (
    <Flex direction="column" gap="2">
      <Flex gap="2" wrap="wrap" role="group" aria-label={t('table.actionsFor', { name })}>
        {actionsFor(entry).map((a) => (
          <Tooltip key={a.kind} content={refusal ?? t(`action.${a.hint}`)}>
            {/* A span, so the tooltip shows over a disabled button too. */}
            <span className={styles.tooltipAnchor}>
              <Button
                type="button"
                size="1"
                variant="soft"
                color={a.kind === 'check' ? 'gray' : a.kind === 'delete-base' ? 'red' : undefined}
                disabled={!!refusal || !online}
                onClick={() => setRequest({ kind: a.kind, entry })}
              >
                {t(`action.${a.label}`)}
              </Button>
            </span>
          </Tooltip>
        ))}
      </Flex>
      {refusal ? <RefusalNote reason={refusal} /> : null}
      <DiskDialogs request={request} onClose={() => setRequest(null)} onChanged={onChanged} />
    </Flex>
  );
}

/** Why the image's actions are off right now, in the engine's words. */
export function RefusalNote({ reason }: { reason: string }) {
  return (
    <Flex asChild align="start" gap="1">
      <Text size="1" color="amber" className={styles.refusalNote}>
        <ExclamationTriangleIcon className="hint-icon" aria-hidden />
        <span>{reason}</span>
      </Text>
    </Flex>
  );
}
