import { Code, Flex } from '@radix-ui/themes';
import { CopyButton } from '../../forms/CopyButton.js';

/** A shell command from a host check, to paste into a terminal on the host. */
export function CommandLine({ command, what }: { command: string; what: string }) {
  return (
    <Flex align="center" gap="2" className="command-line">
      <Code size="2" variant="soft" color="gray" className="command-text">
        {command}
      </Code>
      <CopyButton text={command} label={`Copy the command for “${what}”`} what="the command" />
    </Flex>
  );
}
