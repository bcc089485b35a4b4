const pad = (n: number) => String(n).padStart(2, '0');

/** "<vm>-<date>.png" in local time, e.g. "web server-2025-03-07-142501.png" → safe on every file system. */
export function screenshotFileName(vmName: string, when: Date): string {
  const name = vmName.replace(/[\\/:*?"<>|\x00-\x1f]+/g, '_').trim() || 'vm';
  const date =
    `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}-` +
    `${pad(when.getHours())}${pad(when.getMinutes())}${pad(when.getSeconds())}`;
  return `${name}-${date}.png`;
}

export function pngBlob(base64: string): Blob {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: 'image/png' });
}
