/** A key combination the host would keep for itself if typed, sent to the guest as QEMU qcodes. */
export interface KeyCombo {
  label: string;
  keys: string[];
}

const ctrlAlt = (key: string, label: string): KeyCombo => ({ label: `Ctrl+Alt+${label}`, keys: ['ctrl', 'alt', key] });

export const CTRL_ALT_DEL = ctrlAlt('delete', 'Del');
export const CTRL_ALT_BACKSPACE = ctrlAlt('backspace', 'Backspace');
/** Linux's virtual terminals: F1..F12. */
export const CTRL_ALT_F: readonly KeyCombo[] = Array.from({ length: 12 }, (_, i) => ctrlAlt(`f${i + 1}`, `F${i + 1}`));
/** Their submenu's name: key names, the same in every language. */
export const CTRL_ALT_F_LABEL = 'Ctrl+Alt+F1 … F12';
