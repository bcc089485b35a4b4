import { Button, Flex, IconButton, Text, Tooltip } from '@radix-ui/themes';
import { Cross2Icon, ExclamationTriangleIcon, PlusIcon } from '@radix-ui/react-icons';
import type { MediaLibrary } from '../../../shared/schemas/media-methods.js';
import { useBrowse } from '../files/useBrowse.js';
import { FolderIcon } from '../files/FolderIcon.js';
import { withFolder, withoutFolder } from './library-view.js';
import styles from './library.module.css';

/** The folders the library looks in, each removable, and "Add folder…" (the chooser in folder mode). */
export function LibraryFolders({ lib, busy, onChange }: { lib: MediaLibrary; busy: boolean; onChange: (folders: string[]) => void }) {
  const { browse, dialog } = useBrowse('folder', (folder) => onChange(withFolder(lib, folder)));
  return (
    <section aria-labelledby="library-folders" className={styles.folders}>
      <Flex align="center" gap="2" mb="2">
        <Text size="2" weight="bold" id="library-folders">
          Folders
        </Text>
        <Text size="1" color="gray">
          {lib.isDefault ? 'Downloads, until you choose folders. ' : ''}VirtDesk looks three folders deep and reads each file’s first bytes.
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
                  <ExclamationTriangleIcon className="hint-icon" aria-hidden /> {f.problem}
                </Text>
              ) : null}
            </Flex>
            {lib.isDefault ? null : (
              <Tooltip content="Stop looking in this folder (nothing is deleted)">
                <IconButton
                  size="1"
                  variant="ghost"
                  color="gray"
                  aria-label={`Remove ${f.path} from the library`}
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
        <PlusIcon /> Add folder…
      </Button>
      {dialog}
    </section>
  );
}
