import { Code, Flex, IconButton, Tooltip, VisuallyHidden } from '@radix-ui/themes';
import { CheckIcon, CopyIcon } from '@radix-ui/react-icons';
import { useEffect, useState } from 'react';
import { notify } from '../../store/notices.js';
import { describeError } from '../../lib/errors.js';

/** A shell command from a host check, to paste into a terminal on the host. */
export function CommandLine({ command, what }: { command: string; what: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(command);
      setCopied(true);
    } catch (err) {
      // Browsers refuse the clipboard outside secure contexts (a headless host reached by its address).
      notify({
        tone: 'error',
        title: 'Could not copy the command',
        message: `${describeError(err)}. Select it and press Ctrl+C instead.`,
      });
    }
  }

  return (
    <Flex align="center" gap="2" className="command-line">
      <Code size="2" variant="soft" color="gray" className="command-text">
        {command}
      </Code>
      <Tooltip content={copied ? 'Copied' : 'Copy to the clipboard'}>
        <IconButton
          size="1"
          variant="ghost"
          color="gray"
          aria-label={`Copy the command for “${what}”`}
          onClick={() => void copy()}
        >
          {copied ? <CheckIcon color="var(--green-11)" /> : <CopyIcon />}
        </IconButton>
      </Tooltip>
      <VisuallyHidden role="status">{copied ? 'Copied to the clipboard' : ''}</VisuallyHidden>
    </Flex>
  );
}
