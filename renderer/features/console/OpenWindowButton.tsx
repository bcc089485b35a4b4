import { IconButton, Tooltip } from '@radix-ui/themes';
import { OpenInNewWindowIcon } from '@radix-ui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConsoleStream } from '../../../shared/api.js';
import { openConsoleWindow } from './console-window.js';

export function OpenWindowButton({ vmId, stream }: { vmId: string; stream: ConsoleStream }) {
  const { t } = useTranslation('console');
  return (
    <Tooltip content={t('bar.openWindowTip')}>
      <IconButton
        size="1"
        variant="ghost"
        color="gray"
        aria-label={t('bar.openWindow')}
        onClick={() => openConsoleWindow({ vmId, stream })}
      >
        <OpenInNewWindowIcon />
      </IconButton>
    </Tooltip>
  );
}
