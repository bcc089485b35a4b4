import { Button, Flex, IconButton, Text, Tooltip } from '@radix-ui/themes';
import { Cross2Icon, ExclamationTriangleIcon, PlusIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { useBrowse } from '../files/useBrowse.js';
import { say } from '../../i18n/i18n.js';
import { FolderIcon } from '../files/FolderIcon.js';
import { withFolder, withoutFolder } from './library-view.js';
import styles from './library.module.css';

/** The folders the library looks in, each removable, and "Add folder…" (the chooser in folder mode). */
export function LibraryFolders({ lib, busy, onChange }: { lib: MediaLibrary; busy: boolean; onChange: (folders: string[]) => void }) {
  const { t } = useTranslation('media');
  const { browse, dialog } = useBrowse('folder', (folder) => onChange(withFolder(lib, folder)));
  return (
    <section aria-labelledby="library-folders" className={styles.folders}>
      <Flex align="center" gap="2" mb="2">
        <Text size="2" weight="bold" id="library-folders">
          {t('folders.title')}
        </Text>
        <Text size="1" color="gray">
          {lib.isDefault ? `${t('folders.defaultNote')} ` : ''}
          {t('folders.depthNote')}
        </Text>
      </Flex>
      <ul className={styles.folderList}>
        {lib.folders.map((f) => (
          <li key={f.path} className={styles.folderRow}>
            <FolderIcon className={styles.folderIcon} />
            <Flex direction="column" minWidth="0" className="grow">
              <Text size="2" className={styles.mono} truncate title={f.path}>
                {f.path}
              </Text>
              {f.problem ? (
                <Text size="1" color="amber">
                  <ExclamationTriangleIcon className="hint-icon" aria-hidden /> {say(f.problem)}
                </Text>
              ) : null}
            </Flex>
            {lib.isDefault ? null : (
              <Tooltip content={t('folders.removeTip')}>
                <IconButton
                  size="1"
                  variant="ghost"
                  color="gray"
                  aria-label={t('folders.remove', { path: f.path })}
                  disabled={busy}
                  onClick={() => onChange(withoutFolder(lib, f.path))}
                >
                  <Cross2Icon />
                </IconButton>
              </Tooltip>
            )}
          </li>
        ))}
      </ul>
      <Button type="button" size="1" variant="soft" mt="2" disabled={busy} onClick={() => browse(lib.folders[0]?.path ?? '')}>
        <PlusIcon /> {t('folders.add')}
      </Button>
      {dialog}
    </section>
  );
}
