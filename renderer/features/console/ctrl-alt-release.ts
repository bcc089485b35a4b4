/**
 * Ctrl+Alt pressed together and released, with no other key in between, gives the keyboard back to
 * the app (as in virt-manager). It acts on release, so the guest also sees both keys go up and no
 * modifier stays stuck down in it.
 */
export class CtrlAltRelease {
  private held = new Set<string>();
  private both = false;
  private spoiled = false;

  /** Feed a keydown's `key`. */
  down(key: string): void {
    if (key === 'Control' || key === 'Alt') {
      this.held.add(key);
      if (this.held.size === 2) this.both = true;
    } else {
      this.spoiled = true;
    }
  }

  /** Feed a keyup's `key`; true when the chord is complete and the keyboard should be released. */
  up(key: string): boolean {
    this.held.delete(key);
    if (this.held.size > 0) return false;
    const release = this.both && !this.spoiled;
    this.both = false;
    this.spoiled = false;
    return release;
  }

  reset(): void {
    this.held.clear();
    this.both = false;
    this.spoiled = false;
  }
}
