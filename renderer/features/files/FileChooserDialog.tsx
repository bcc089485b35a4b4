import { Button, Dialog, Flex, IconButton, Switch, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ArrowUpIcon, DownloadIcon, HomeIcon, DiscIcon, DesktopIcon } from '@radix-ui/react-icons';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bookmark, FileKind } from '../../../shared/schemas/media-methods.js';
import { EnumSelect } from '../../forms/EnumSelect.js';
import { activate, joinPath, leftOutText, matchPrefix, moveSelection } from './chooser-nav.js';
import { ChooserList } from './ChooserList.js';
import { useChooser } from './useChooser.js';
import styles from './files.module.css';

const PLACE_ICON: Record<Bookmark['kind'], ReactNode> = {
  home: <HomeIcon />,
  downloads: <DownloadIcon />,
  library: <DiscIcon />,
  root: <DesktopIcon />,
};

/** Type-ahead: letters typed within this long of each other find one name together. */
const TYPE_AHEAD_MS = 700;

interface Props {
  kind: FileKind;
  /** The field's value: its folder is listed, with the file selected. */
  start: string;
  onPick: (path: string) => void;
  onClose: () => void;
}

/**
 * The engine's file chooser, for a browser (the desktop app uses the desktop's own dialog): the files
 * of the machine VirtDesk's engine runs on, which a browser's file input cannot name. A location field
 * that lists what is typed, the places, a list driven by the keyboard (arrows, Enter, Backspace,
 * letters) or the mouse (double-click picks), a type filter and hidden files on request.
 */
export function FileChooserDialog({ kind, start, onPick, onClose }: Props) {
  const { t } = useTranslation(['media', 'common']);
  const c = useChooser(kind, start);
  const listRef = useRef<HTMLDivElement | null>(null);
  const typed = useRef({ text: '', at: 0 });
  const entries = c.listing?.entries ?? [];
  const current = c.active >= 0 ? entries[c.active] : undefined;

  function pick(path: string) {
    c.remember(path);
    onPick(path);
    onClose();
  }

  function activateAt(i: number) {
    const entry = entries[i];
    if (!c.listing || !entry) return;
    const what = activate(c.listing.path, entry);
    if ('open' in what) c.open(what.open);
    else pick(what.pick);
  }

  function onListKey(e: KeyboardEvent<HTMLDivElement>) {
    const moved = moveSelection(e.key, c.active, entries.length);
    if (moved !== null) {
      c.setActive(moved);
    } else if (e.key === 'Enter') {
      activateAt(c.active);
    } else if (e.key === 'Backspace') {
      if (c.listing?.parent) c.open(c.listing.parent, c.listing.path.slice(c.listing.path.lastIndexOf('/') + 1));
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const now = Date.now();
      typed.current = { text: (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + e.key, at: now };
      const i = matchPrefix(entries, typed.current.text);
      if (i >= 0) c.setActive(i);
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }

  async function onLocationKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.focus();
      if (c.active < 0 && entries.length) c.setActive(0);
      return;
    }
    if (e.key !== 'Enter') return;
    e.preventDefault();
    e.stopPropagation();
    const chosen = await c.submit();
    if (!chosen) return listRef.current?.focus();
    const { listing } = c;
    const entry = listing?.entries.find((x) => joinPath(listing.path, x.name) === chosen);
    if (entry?.kind === 'folder') c.open(chosen);
    else pick(chosen);
  }

  const folderMode = kind === 'folder';
  const filters = (kind === 'any' ? (['any'] as const) : ([kind, 'any'] as const)).map((k) => ({
    value: k,
    label: t(`chooser.filter.${k}`),
  }));
  const leftOut = c.listing ? leftOutText(c.listing.left) : '';

  return (
    <Dialog.Root open onOpenChange={(o) => !o && onClose()}>
      <Dialog.Content maxWidth="820px" className={styles.dialog} aria-describedby="chooser-description">
        <Dialog.Title size="4" mb="1">
          {t(`chooser.title.${kind}`)}
        </Dialog.Title>
        <Dialog.Description size="2" color="gray" id="chooser-description" mb="3">
          {t('chooser.description')}
        </Dialog.Description>
        <Flex gap="2" align="center">
          <Tooltip content={t('chooser.upTip')}>
            <IconButton
              type="button"
              variant="soft"
              color="gray"
              aria-label={t('chooser.up')}
              disabled={!c.listing?.parent}
              onClick={() => c.listing?.parent && c.open(c.listing.parent, c.listing.path.slice(c.listing.path.lastIndexOf('/') + 1))}
            >
              <ArrowUpIcon />
            </IconButton>
          </Tooltip>
          <TextField.Root
            className="mono-input grow"
            aria-label={t('chooser.location')}
            aria-describedby="chooser-error"
            aria-invalid={c.error ? true : undefined}
            placeholder={t('chooser.locationHint')}
            autoComplete="off"
            spellCheck={false}
            value={c.location}
            onChange={(e) => c.type(e.target.value)}
            onKeyDown={(e) => void onLocationKey(e)}
          />
        </Flex>
        <Text id="chooser-error" size="1" color="red" role="alert" className={styles.error}>
          {c.error ?? ''}
        </Text>
        <div className={styles.body}>
          <nav aria-label={t('chooser.places')} className={styles.places}>
            {c.places.map((p) => (
              <button
                key={p.path}
                type="button"
                className={styles.place}
                aria-current={c.listing?.path === p.path ? 'location' : undefined}
                title={p.path}
                onClick={() => c.open(p.path)}
              >
                <span aria-hidden className={styles.icon}>
                  {PLACE_ICON[p.kind]}
                </span>
                <span className={styles.nameText}>{p.kind === 'library' ? p.label : t(`chooser.place.${p.kind}`)}</span>
              </button>
            ))}
          </nav>
          <ChooserList
            id="chooser-list"
            listing={c.listing}
            active={c.active}
            onSelect={c.setActive}
            onActivate={activateAt}
            onKeyDown={onListKey}
            listRef={listRef}
            empty={t(`chooser.empty.${c.filter}`)}
          />
        </div>
        <Flex gap="3" align="center" mt="3" wrap="wrap">
          {folderMode ? null : (
            <Flex gap="2" align="center">
              <Text as="label" htmlFor="chooser-filter" size="2">
                {t('chooser.show')}
              </Text>
              <EnumSelect id="chooser-filter" value={c.filter} options={filters} onChange={c.setFilter} />
            </Flex>
          )}
          <Text as="label" size="2">
            <Flex gap="2" align="center">
              <Switch size="1" checked={c.showHidden} onCheckedChange={c.setShowHidden} />
              {t('chooser.hidden')}
            </Flex>
          </Text>
          <Text size="1" color="gray" className={styles.leftOut}>
            {[leftOut, c.listing?.truncated ? t('chooser.truncated') : ''].filter(Boolean).join(' ')}
          </Text>
          <Flex gap="2" ml="auto">
            <Dialog.Close>
              <Button type="button" variant="soft" color="gray">
                {t('common:action.cancel')}
              </Button>
            </Dialog.Close>
            {folderMode ? (
              <Button type="button" disabled={!c.listing} onClick={() => c.listing && pick(c.listing.path)}>
                {t('chooser.useFolder')}
              </Button>
            ) : (
              <Button
                type="button"
                disabled={!current}
                onClick={() =>
                  current?.kind === 'file' && c.listing ? pick(joinPath(c.listing.path, current.name)) : activateAt(c.active)
                }
              >
                {current?.kind === 'folder' ? t('common:action.open') : t('chooser.choose')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
