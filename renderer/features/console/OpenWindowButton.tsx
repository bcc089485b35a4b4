import { IconButton, Tooltip } from '@radix-ui/themes';
import { OpenInNewWindowIcon } from '@radix-ui/react-icons';
import type { ConsoleStream } from '../../../shared/api.js';
import { openConsoleWindow } from './console-window.js';

export function OpenWindowButton({ vmId, stream }: { vmId: string; stream: ConsoleStream }) {
  return (
    <Tooltip content="Open this console in a window of its own">
      <IconButton
        size="1"
        variant="ghost"
        color="gray"
        aria-label="Open in a new window"
        onClick={() => openConsoleWindow({ vmId, stream })}
      >
        <OpenInNewWindowIcon />
      </IconButton>
    </Tooltip>
  );
}
