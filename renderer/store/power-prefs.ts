import { create } from 'zustand';

// Whether Force off asks first. Remembered per browser profile (like the console's font size), because
// "don't ask again" is a person's habit, not a setting of the VMs; the power menu can turn it back on.
const KEY = 'virtdesk.power.confirmForceOff';

function load(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'no';
  } catch {
    return true; // storage disabled: ask every time, the safe default
  }
}

export const usePowerPrefs = create<{ confirmForceOff: boolean }>(() => ({ confirmForceOff: load() }));

export function setConfirmForceOff(confirmForceOff: boolean): void {
  usePowerPrefs.setState({ confirmForceOff });
  try {
    localStorage.setItem(KEY, confirmForceOff ? 'yes' : 'no');
  } catch {
    /* forgotten at the next start: it asks again */
  }
}
