import { Text } from '@radix-ui/themes';
import { DiscIcon, FileIcon, FileTextIcon, Link2Icon, StackIcon } from '@radix-ui/react-icons';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderEntry, FolderListing } from '../../../shared/schemas/media-methods.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { formatBytes } from '../../lib/format.js';
import { FolderIcon } from './FolderIcon.js';
import styles from './files.module.css';

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** "14:05" today, "3 Dec" this year, "3 Dec 2024" before: as file managers show dates, in the window's language. */
function modifiedText(ms: number, now = new Date()): string {
  const d = new Date(ms);
  const lng = currentLanguage();
  if (sameDay(d, now)) return d.toLocaleTimeString(lng, { hour: '2-digit', minute: '2-digit' });
  const year = d.getFullYear() === now.getFullYear() ? undefined : 'numeric';
  return d.toLocaleDateString(lng, { day: 'numeric', month: 'short', year });
}

function EntryIcon({ entry }: { entry: FolderEntry }) {
  if (entry.kind === 'folder') return <FolderIcon />;
  if (/\.iso$/i.test(entry.name)) return <DiscIcon />;
  if (/\.(qcow2?|img|raw|vmdk|vdi|vhdx?|qed)$/i.test(entry.name)) return <StackIcon />;
  return /\.(txt|md|log|cfg|conf)$/i.test(entry.name) ? <FileTextIcon /> : <FileIcon />;
}

interface Props {
  id: string;
  listing: FolderListing | null;
  active: number;
  onSelect: (i: number) => void;
  /** Double-click or Enter on an entry. */
  onActivate: (i: number) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  listRef: React.RefObject<HTMLDivElement | null>;
  empty: string;
}

/** The folder's entries as a list box: one tab stop, the arrow keys move the selection (see FileChooserDialog). */
export function ChooserList({ id, listing, active, onSelect, onActivate, onKeyDown, listRef, empty }: Props) {
  const { t } = useTranslation('media');
  const rows = useRef<Array<HTMLDivElement | null>>([]);
  // Braces: newer Chromium returns a promise from scrollIntoView, and an effect may return only a cleanup.
  useEffect(() => {
    rows.current[active]?.scrollIntoView({ block: 'nearest' });
  }, [active, listing]);
  const entries = listing?.entries ?? [];
  return (
    <div className={styles.table}>
      <div className={styles.headRow} aria-hidden>
        <span>{t('chooser.name')}</span>
        <span className={styles.num}>{t('chooser.size')}</span>
        <span>{t('chooser.modified')}</span>
      </div>
      <div
        ref={listRef}
        id={id}
        role="listbox"
        tabIndex={0}
        aria-label={listing ? t('chooser.contentsOf', { path: listing.path }) : t('chooser.contents')}
        aria-activedescendant={active >= 0 ? `${id}-${active}` : undefined}
        className={styles.rows}
        onKeyDown={onKeyDown}
      >
        {entries.map((e, i) => (
          <div
            key={e.name}
            ref={(el) => {
              rows.current[i] = el;
            }}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.row}
            data-folder={e.kind === 'folder' || undefined}
            onMouseDown={(ev) => ev.preventDefault() /* keep the focus on the list box, not the row */}
            onClick={() => {
              onSelect(i);
              listRef.current?.focus();
            }}
            onDoubleClick={() => onActivate(i)}
          >
            <span className={styles.name}>
              <span className={styles.icon} aria-hidden>
                <EntryIcon entry={e} />
              </span>
              <span className={styles.nameText}>{e.name}</span>
              {e.link ? <Link2Icon className={styles.linkMark} aria-label={t('chooser.link')} /> : null}
            </span>
            <span className={styles.num}>{e.size === null ? '' : formatBytes(e.size)}</span>
            <span className={styles.date}>{modifiedText(e.modified)}</span>
          </div>
        ))}
        {listing && entries.length === 0 ? (
          <Text as="p" size="2" color="gray" className={styles.empty}>
            {empty}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
