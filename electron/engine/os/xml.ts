// A small XML reader for libosinfo's database (/usr/share/osinfo/**/*.xml): elements, attributes, text
// and entities; no namespaces, no DTDs. The database is well-formed XML written by its own tools, and
// pulling in a general XML package for it would be far more code than this. PURE.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded, trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? whole;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** The document's root element; throws on text that is not well-formed enough to read. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  const texts: string[][] = [[]];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i) texts[texts.length - 1]!.push(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      i = after(text, '-->', lt);
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = after(text, ']]>', lt);
      texts[texts.length - 1]!.push(text.slice(lt + 9, end - 3));
      i = end;
    } else if (text.startsWith('<?', lt) || text.startsWith('<!', lt)) {
      i = after(text, '>', lt);
    } else if (text[lt + 1] === '/') {
      const end = after(text, '>', lt);
      const name = text.slice(lt + 2, end - 1).trim();
      const open = stack.pop();
      const own = texts.pop()!;
      if (!open || open.name !== name || stack.length === 0) throw new Error(`XML: </${name}> does not close <${open?.name ?? ''}>`);
      open.text = decodeEntities(own.join('')).trim();
      i = end;
    } else {
      const end = tagEnd(text, lt);
      const selfClosing = text[end - 2] === '/';
      const body = text.slice(lt + 1, selfClosing ? end - 2 : end - 1);
      const name = /^[^\s/>]+/.exec(body)?.[0];
      if (!name) throw new Error(`XML: a tag without a name at ${lt}`);
      const attrs: Record<string, string> = {};
      for (const m of body.slice(name.length).matchAll(ATTR)) attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
      const el: XmlElement = { name, attrs, children: [], text: '' };
      stack[stack.length - 1]!.children.push(el);
      if (!selfClosing) {
        stack.push(el);
        texts.push([]);
      }
      i = end;
    }
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1]!.name}> is never closed`);
  const top = root.children[0];
  if (!top) throw new Error('XML: no root element');
  return top;
}

function after(text: string, token: string, from: number): number {
  const at = text.indexOf(token, from);
  if (at < 0) throw new Error(`XML: "${token}" expected after ${from}`);
  return at + token.length;
}

/** Just past the '>' that ends the tag at `from` ('>' inside a quoted attribute value does not). */
function tagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  throw new Error(`XML: the tag at ${from} is never closed`);
}

/** Child elements by name (direct children only). */
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);
export const childNamed = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name);
