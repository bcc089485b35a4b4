/** The class names that apply, joined: cx(styles.row, selected && styles.selected, 'numeric'). */
export function cx(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}
