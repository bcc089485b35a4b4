import { Tooltip } from '@radix-ui/themes';
import type { ReactElement } from 'react';

/**
 * A menu item's explanation, beside the menu (where it hides nothing of it). Menu items take real
 * focus, so the hint shows for the keyboard as well as for the pointer.
 */
export function MenuHint({ hint, children }: { hint: string; children: ReactElement }) {
  return (
    <Tooltip content={hint} side="right" sideOffset={12}>
      {children}
    </Tooltip>
  );
}
