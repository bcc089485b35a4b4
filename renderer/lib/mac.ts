/** 52:54:00 + three random bytes, not in `taken` (the engine checks the other VMs again). */
export function randomMac(taken: readonly string[] = []): string {
  const used = new Set(taken.map((m) => m.toLowerCase()));
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(3));
    const mac = `52:54:00:${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;
    if (!used.has(mac)) return mac;
  }
}
