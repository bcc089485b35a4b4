import { Button, DropdownMenu, Tooltip } from '@radix-ui/themes';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryLabel, TERM_GEOMETRIES, type TermGeometry } from './console-prefs.js';

/**
 * The serial terminal's size, which stays put whatever the window does: the bar's button says it and
 * changes it. A serial line carries no size, so the guest learns a new one only when it asks.
 * Once a size is chosen the keyboard goes back to the terminal (`returnFocus`): the menu would
 * otherwise hand it to its button as it closes, and what the person types next would be lost there.
 */
export function GeometryMenu({
  geometry,
  shownFontSize,
  onChange,
  returnFocus,
}: {
  geometry: TermGeometry;
  shownFontSize: number;
  onChange: (g: TermGeometry) => void;
  returnFocus: () => void;
}) {
  const { t } = useTranslation('console');
  const { cols, rows } = geometry;
  // Set by a choice, read when the menu has closed: focusing the terminal any earlier is undone by the
  // menu, which keeps the focus while open and restores it to its button after its closing animation.
  const chosen = useRef(false);
  return (
    <DropdownMenu.Root>
      <Tooltip content={t('geometry.tip', { size: geometryLabel(geometry), px: shownFontSize })}>
        <DropdownMenu.Trigger>
          <Button size="1" variant="ghost" color="gray" className="numeric" aria-label={t('geometry.button', { cols, rows })}>
            {geometryLabel(geometry)}
            <DropdownMenu.TriggerIcon />
          </Button>
        </DropdownMenu.Trigger>
      </Tooltip>
      <DropdownMenu.Content
        size="1"
        align="end"
        onCloseAutoFocus={(ev) => {
          // Dismissed without a choice (Escape, a click elsewhere): the button keeps the focus, as usual.
          if (!chosen.current) return;
          chosen.current = false;
          ev.preventDefault();
          returnFocus();
        }}
      >
        <DropdownMenu.Label>{t('geometry.menu')}</DropdownMenu.Label>
        <DropdownMenu.RadioGroup
          value={geometryLabel(geometry)}
          onValueChange={(v) => {
            chosen.current = true;
            onChange(TERM_GEOMETRIES.find((g) => geometryLabel(g) === v) ?? geometry);
          }}
        >
          {TERM_GEOMETRIES.map((g) => (
            <DropdownMenu.RadioItem key={geometryLabel(g)} value={geometryLabel(g)}>
              {geometryLabel(g)}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
        <DropdownMenu.Separator />
        <DropdownMenu.Label>{t('geometry.resize')}</DropdownMenu.Label>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
