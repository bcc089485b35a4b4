// Which lab dialog is open: "Make a lab…" from a VM, or "Delete lab…" for a lab. A store of its own,
// so the labs add no kind to the window's confirm dialogs.
import { create } from 'zustand';

export const useLabUi = create<{ makeFrom: string | null; deleting: string | null }>(() => ({ makeFrom: null, deleting: null }));

export const askMakeLab = (vmId: string): void => useLabUi.setState({ makeFrom: vmId });
export const askDeleteLab = (lab: string): void => useLabUi.setState({ deleting: lab });
export const closeLabDialogs = (): void => useLabUi.setState({ makeFrom: null, deleting: null });
