import { ContextMenu } from '@radix-ui/themes';
import { ClipboardIcon, CopyIcon, CursorTextIcon, EraserIcon, MagnifyingGlassIcon, ZoomInIcon, ZoomOutIcon } from '@radix-ui/react-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from './console-prefs.js';
import { copySelection, pasteClipboard } from './terminal-clipboard.js';
import type { TerminalControls } from './useTerminal.js';

/**
 * The terminal's right-click menu. `hasSelection` is read when the menu opens, so Copy is only
 * offered when there is something to copy.
 */
export function TerminalContextMenu({ controls, hasSelection }: { controls: TerminalControls; hasSelection: boolean }) {
  const { t } = useTranslation(['console', 'common']);
  const { term, fontSize, setFontSize, openFind, focus } = controls;
  // Where the keyboard goes once the menu has closed (a menu keeps the focus while it is open, so the
  // find bar can only take it afterwards): the find bar after Find…, the terminal after anything else.
  const toFindBar = useRef(false);
  return (
    <ContextMenu.Content
      size="1"
      variant="soft"
      onCloseAutoFocus={(ev) => {
        ev.preventDefault();
        if (toFindBar.current) openFind();
        else focus();
        toFindBar.current = false;
      }}
    >
      <ContextMenu.Item shortcut="Ctrl+Shift+C" disabled={!hasSelection} onSelect={() => void copySelection(term.current)}>
        <CopyIcon /> {t('common:action.copy')}
      </ContextMenu.Item>
      <ContextMenu.Item shortcut="Ctrl+Shift+V" onSelect={() => void pasteClipboard(term.current)}>
        <ClipboardIcon /> {t('menu.paste')}
      </ContextMenu.Item>
      <ContextMenu.Item onSelect={() => term.current?.selectAll()}>
        <CursorTextIcon /> {t('menu.selectAll')}
      </ContextMenu.Item>
      <ContextMenu.Separator />
      <ContextMenu.Item
        shortcut="Ctrl+Shift+F"
        onSelect={() => {
          toFindBar.current = true;
        }}
      >
        <MagnifyingGlassIcon /> {t('menu.find')}
      </ContextMenu.Item>
      <ContextMenu.Item onSelect={() => term.current?.clear()}>
        <EraserIcon /> {t('menu.clear')}
      </ContextMenu.Item>
      <ContextMenu.Separator />
      <ContextMenu.Label>{t('menu.fontSize', { px: fontSize })}</ContextMenu.Label>
      <ContextMenu.Item disabled={fontSize >= FONT_SIZE_MAX} onSelect={() => setFontSize(fontSize + 1)}>
        <ZoomInIcon /> {t('menu.larger')}
      </ContextMenu.Item>
      <ContextMenu.Item disabled={fontSize <= FONT_SIZE_MIN} onSelect={() => setFontSize(fontSize - 1)}>
        <ZoomOutIcon /> {t('menu.smaller')}
      </ContextMenu.Item>
    </ContextMenu.Content>
  );
}
