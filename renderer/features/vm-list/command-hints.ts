/**
 * What each lifecycle command does, in one place: the toolbar's tooltips and the menus' hints say the
 * same, so a person learns one wording.
 */
export const HINT = {
  start: 'Power on the selected VM',
  restore: 'Restore the saved guest: it carries on exactly where it was',
  startDisposable: 'Boot with the disks’ writes going to temporary files, thrown away when the VM stops; the disks stay as they are',
  shutdown: 'Press the ACPI power button; forced off if the guest ignores it',
  reboot: 'Press the ACPI power button and boot again; reset if the guest ignores it',
  saveState: 'Save the guest’s memory to disk and stop it; Start restores it exactly where it was',
  discard: 'Forget the saved memory: the next start boots afresh, like pulling the plug',
  forceOff: 'Pull the plug: unsaved data in the guest is lost',
  pause: 'Freeze the guest; Resume carries on where it was',
  resume: 'Let the paused guest carry on where it stopped',
  reset: 'Restart the guest at once, like a reset button',
  clone: 'A new VM from this one’s disks: a full copy or a linked clone',
} as const;
