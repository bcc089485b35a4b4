export function formatMiB(mib: number): string {
  if (mib >= 1024 && mib % 1024 === 0) return `${mib / 1024} GiB`;
  if (mib >= 1024) return `${(mib / 1024).toFixed(1)} GiB`;
  return `${mib} MiB`;
}

export function formatTime(ms: number): string {
  const d = new Date(ms);
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay ? d.toLocaleTimeString() : d.toLocaleString();
}

/** The largest binary unit (0 bytes, 1 KiB, 2 MiB, 3 GiB, 4 TiB) that keeps `bytes` at 1 or more. */
export function binaryPower(bytes: number): number {
  let u = 0;
  while (Math.abs(bytes) >= 1024 ** (u + 1) && u < 4) u++;
  return u;
}

/** The number part of a binary size: whole bytes as they are, else one decimal below 10. */
function binaryFigure(bytes: number): { text: string; power: number } {
  const power = binaryPower(bytes);
  const n = bytes / 1024 ** power;
  const text = power === 0 ? String(Math.round(n)) : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 1 : 0);
  return { text, power };
}

/** Binary units, as qemu-img prints them: "64 MiB", "1.5 GiB". */
export function formatBytes(bytes: number): string {
  const { text, power } = binaryFigure(bytes);
  return `${text} ${['bytes', 'KiB', 'MiB', 'GiB', 'TiB'][power]}`;
}

/** A transfer rate in the same binary units, shorter for a table cell: "0 B/s", "12 KiB/s", "1.2 MiB/s". */
export function formatRate(bytesPerSec: number): string {
  const { text, power } = binaryFigure(bytesPerSec);
  return `${text} ${['B', 'KiB', 'MiB', 'GiB', 'TiB'][power]}/s`;
}

/** "12 %", "3.4 %" (a tenth where it still tells something), "0 %". */
export function formatPercent(percent: number): string {
  const text = percent > 0 && percent < 9.95 ? percent.toFixed(1) : String(Math.round(percent));
  return `${text} %`;
}

/** "3 min", "2 h 05 min", "4 d 3 h": an uptime, to the minute. */
export function formatDuration(ms: number): string {
  const min = Math.max(0, Math.floor(ms / 60000));
  if (min < 1) return 'less than a minute';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${Math.floor(h / 24)} d ${h % 24} h`;
}

/** The engine words some reasons to follow "Cannot resize x: "; standing alone they start a sentence. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
