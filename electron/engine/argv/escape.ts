/** QEMU's option parser splits on ","; a literal comma in a value is written ",,". */
export const optValue = (s: string): string => s.replaceAll(',', ',,');

/** key=value pairs joined for a QEMU option, values escaped. */
export function opts(pairs: ReadonlyArray<readonly [string, string | number | undefined]>): string {
  return pairs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${optValue(String(v))}`)
    .join(',');
}
