import { Flex, IconButton, Text, TextField, Tooltip } from '@radix-ui/themes';
import { ChevronDownIcon, ChevronUpIcon, Cross2Icon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TerminalControls } from './useTerminal.js';
import styles from './console.module.css';

/** The count beside the query; `none` colours it, so the logic never reads the words. */
function countText(t: TFunction<'console'>, query: string, matches: TerminalControls['matches']): { text: string; none: boolean } {
  if (!query || !matches) return { text: '', none: false };
  if (matches.count === 0) return { text: t('find.none'), none: true };
  if (matches.index < 0) return { text: t('find.many', { n: matches.count }), none: false };
  return { text: t('find.position', { i: matches.index + 1, n: matches.count }), none: false };
}

/**
 * Search in the scrollback, like a terminal emulator's find bar: Enter finds the next match (Shift+Enter
 * the previous), Escape closes it and gives the keyboard back to the terminal.
 */
export function FindBar({ controls }: { controls: TerminalControls }) {
  const { t } = useTranslation('console');
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

  const count = countText(t, query, matches);
  return (
    <Flex align="center" gap="1" className={styles.findBar} role="search" aria-label={t('find.label')}>
      <TextField.Root
        ref={input}
        size="1"
        value={query}
        placeholder={t('find.placeholder')}
        aria-label={t('find.label')}
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
          <Text size="1" color={count.none ? 'red' : 'gray'} className={styles.findCount} aria-live="polite">
            {count.text}
          </Text>
        </TextField.Slot>
      </TextField.Root>
      <Tooltip content={t('find.previousTip')}>
        <IconButton
          size="1"
          variant="ghost"
          color="gray"
          aria-label={t('find.previous')}
          disabled={!query}
          onClick={() => find(query, 'previous')}
        >
          <ChevronUpIcon />
        </IconButton>
      </Tooltip>
      <Tooltip content={t('find.nextTip')}>
        <IconButton size="1" variant="ghost" color="gray" aria-label={t('find.next')} disabled={!query} onClick={() => find(query, 'next')}>
          <ChevronDownIcon />
        </IconButton>
      </Tooltip>
      <Tooltip content={t('find.closeTip')}>
        <IconButton size="1" variant="ghost" color="gray" aria-label={t('find.close')} onClick={close}>
          <Cross2Icon />
        </IconButton>
      </Tooltip>
    </Flex>
  );
}
