import { Button, Flex, Heading, IconButton, Spinner, Text, Tooltip } from '@radix-ui/themes';
import { Cross2Icon, ReloadIcon } from '@radix-ui/react-icons';
import type { ComponentType, SVGProps } from 'react';
import { showPane } from '../store/ui.js';
import paneStyles from '../theme/pane.module.css';

interface Props {
  icon: ComponentType<Pick<SVGProps<SVGSVGElement>, 'width' | 'height' | 'className' | 'aria-hidden'>>;
  title: string;
  /** One line of facts beside the title (cut short when the pane is narrow; the whole in its tooltip). */
  facts?: string | null;
  /** A page that reads something slow (images, folders) offers to read it again. */
  reload?: { label: string; tip: string; loading: boolean; onClick: () => void };
  close: { label: string; tip: string };
}

/** The header of a page that takes the details pane's place (Host, Disks, Library): X goes back to the VM. */
export function PaneHeader({ icon: Icon, title, facts, reload, close }: Props) {
  return (
    <Flex align="center" gap="3" px="4" py="3" className={paneStyles.header}>
      <Icon width="20" height="20" className={paneStyles.headerIcon} aria-hidden />
      <Heading as="h2" size="4">
        {title}
      </Heading>
      {facts ? (
        <Text size="1" color="gray" truncate title={facts} className={paneStyles.facts}>
          {facts}
        </Text>
      ) : null}
      <div className="toolbar-spacer" />
      {reload ? (
        <Tooltip content={reload.tip}>
          <Button variant="ghost" color="gray" size="1" disabled={reload.loading} onClick={reload.onClick}>
            {reload.loading ? <Spinner size="1" /> : <ReloadIcon />} {reload.label}
          </Button>
        </Tooltip>
      ) : null}
      <Tooltip content={close.tip}>
        <IconButton variant="ghost" color="gray" aria-label={close.label} onClick={() => showPane('vm')}>
          <Cross2Icon />
        </IconButton>
      </Tooltip>
    </Flex>
  );
}

/** What a page shows while it first reads, before there is anything to list. */
export function PaneLoading({ text }: { text: string }) {
  return (
    <Flex align="center" justify="center" gap="2" py="8">
      <Spinner />
      <Text size="2" color="gray">
        {text}
      </Text>
    </Flex>
  );
}
