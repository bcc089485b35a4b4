import { Flex, IconButton, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ChevronDownIcon, ChevronUpIcon, Cross2Icon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TerminalControls } from './useTerminal.js';
import styles from './console.module.css';

function countText(query: string, matches: TerminalControls['matches']): string {
  if (!query || !matches) return '';
  if (matches.count === 0) return 'No matches';
  if (matches.index < 0) return `${matches.count}+ matches`;
  return `${matches.index + 1} of ${matches.count}`;
}

/**
 * Search in the scrollback, like a terminal emulator's find bar: Enter finds the next match (Shift+Enter
 * the previous), Escape closes it and gives the keyboard back to the terminal.
 */
export function FindBar({ controls }: { controls: TerminalControls }) {
  const { find, closeFind: close, matches, findRequest } = controls;
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [findRequest]);

  function onKeyDown(ev: KeyboardEvent<HTMLInputElement>) {
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation(); // a dialog or full screen around us must not close too
      close();
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      find(query, ev.shiftKey ? 'previous' : 'next');
    }
  }

  const count = countText(query, matches);
  return (
    <Flex align="center" gap="1" className={styles.findBar} role="search" aria-label="Find in scrollback">
      <TextField.Root
        ref={input}
        size="1"
        value={query}
        placeholder="Find"
        aria-label="Find in scrollback"
        onChange={(e) => {
          setQuery(e.target.value);
          find(e.target.value, 'next', true);
        }}
        onKeyDown={onKeyDown}
        className={styles.findInput}
      >
        <TextField.Slot>
          <MagnifyingGlassIcon />
        </TextField.Slot>
        <TextField.Slot side="right">
          <Text size="1" color={count === 'No matches' ? 'red' : 'gray'} className={styles.findCount} aria-live="polite">
            {count}
          </Text>
        </TextField.Slot>
      </TextField.Root>
      <Tooltip content="Previous match (Shift+Enter)">
        <IconButton
          size="1"
          variant="ghost"
          color="gray"
          aria-label="Previous match"
          disabled={!query}
          onClick={() => find(query, 'previous')}
        >
          <ChevronUpIcon />
        </IconButton>
      </Tooltip>
      <Tooltip content="Next match (Enter)">
        <IconButton size="1" variant="ghost" color="gray" aria-label="Next match" disabled={!query} onClick={() => find(query, 'next')}>
          <ChevronDownIcon />
        </IconButton>
      </Tooltip>
      <Tooltip content="Close (Escape)">
        <IconButton size="1" variant="ghost" color="gray" aria-label="Close find bar" onClick={close}>
          <Cross2Icon />
        </IconButton>
      </Tooltip>
    </Flex>
  );
}
