// QEMU's "key=value,key=value" option syntax, read the way QEMU 7.2 reads it (util/qemu-option.c,
// get_opt_name_value), so a check sees exactly the keys QEMU will see. PURE.
//
// What matters for a security check, and is easy to get wrong with a naive split(','):
// - ",," is a literal comma inside a value: "serial=a,,file=/x" is ONE key, serial = "a,file=/x";
// - an element without "=" is a flag: "romfile" means romfile=on (QEMU would open a file named "on"),
//   "noromfile" means romfile=off;
// - the first element may be the "implied" key's value (the driver of -device, the type of -object):
//   "virtio-rng-pci,romfile=x" is driver=virtio-rng-pci plus romfile=x, and ",," escapes in it too.

export interface KeyVal {
  /** As QEMU names it: a flag "noX" is reported as key "X" with value "off". */
  key: string;
  value: string;
  /** Written without "=": a flag (or the implied first key's value). */
  flag: boolean;
}

/**
 * Split an option value into its keys. `impliedKey` names the first element when it has no "="
 * (QEMU's "firstname"), e.g. "driver" for -device; without it, such an element is a flag.
 */
export function parseKeyVal(text: string, impliedKey?: string): KeyVal[] {
  const out: KeyVal[] = [];
  let p = 0;
  let first = true;
  while (p < text.length) {
    const rest = text.slice(p);
    const stop = rest.search(/[=,]/);
    const len = stop === -1 ? rest.length : stop;
    if (rest[len] !== '=') {
      if (first && impliedKey !== undefined) {
        const { value, next } = readValue(text, p);
        out.push({ key: impliedKey, value, flag: true });
        p = next;
      } else {
        const name = rest.slice(0, len);
        out.push(name.startsWith('no') ? { key: name.slice(2), value: 'off', flag: true } : { key: name, value: 'on', flag: true });
        p += len;
      }
    } else {
      const key = rest.slice(0, len);
      const { value, next } = readValue(text, p + len + 1);
      out.push({ key, value, flag: false });
      p = next;
    }
    if (text[p] === ',') p++;
    first = false;
  }
  return out;
}

/** A value runs to the first single ","; ",," stands for one literal comma. */
function readValue(text: string, from: number): { value: string; next: number } {
  let value = '';
  let p = from;
  while (p < text.length) {
    if (text[p] === ',') {
      if (text[p + 1] !== ',') break;
      value += ',';
      p += 2;
      continue;
    }
    value += text[p];
    p++;
  }
  return { value, next: p };
}

/**
 * A key as QEMU's property lookup may match it, for comparing against a list of dangerous names:
 * lower case, "_" as "-", and split at "." (keyval nests: "addr.path", "in.dev").
 */
export function keySegments(key: string): string[] {
  return key
    .toLowerCase()
    .replaceAll('_', '-')
    .split('.')
    .filter((s) => s !== '');
}
