/** Saves through a Blob link: a browser download, or Electron's save dialog. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; revoking later keeps slow browsers happy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
