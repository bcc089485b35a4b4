/** What the host can do, as far as VirtDesk needs it to create and start VMs. */
export interface HostInfo {
  /** uname -m */
  arch: string;
  cpuThreads: number;
  memTotalMiB: number;
  kvm: {
    /** /dev/kvm exists and this user can open it read-write. */
    usable: boolean;
    /** Why not, with the fix; or what was found. */
    detail: string;
  };
  qemu: {
    system: string | null;
    img: string | null;
    version: string | null;
  };
  dataDir: string;
}
