import { DataList, Flex } from '@radix-ui/themes';
import { GuestAgentField } from '../../../forms/GuestAgentField.js';
import type { Editor } from '../editor.js';
import { GuestNow } from './GuestNow.js';

/** The guest agent's channel, and what the agent says now while the VM runs with it. */
export function AgentSection({ ed }: { ed: Editor }) {
  const { vm, draft, set } = ed;
  return (
    <Flex direction="column" gap="4">
      <GuestAgentField id="hw-guest-agent" checked={draft.guestAgent} onChange={(guestAgent) => set({ guestAgent })} />
      {vm.status.guest ? (
        <DataList.Root size="2">
          <GuestNow vm={vm} labelWidth="120px" />
        </DataList.Root>
      ) : null}
    </Flex>
  );
}
