/**
 * Exact request ids. JSON.parse reads an integer id beyond 2^53 - 1 as a nearby double, and
 * `1.0` or `1e2` as the integers 1 and 100, so a reply would go to another request. The Rust
 * server reads ids as 64-bit signed integers and refuses `1.0` and `1e2` (they are floats to
 * serde_json). Here an id must be a string, or an integer within ±(2^53 - 1) written as one
 * (digits, no fraction, no exponent); anything else is refused before it can be paired.
 */

/**
 * Why a parsed numeric id is not exact, or undefined when it is. `text`: the message's text, when
 * it came as text; `method`: the message's method, when it has one (a request).
 */
export function inexactId(id: number, text: string | undefined, method?: string): string | undefined {
  if (!Number.isSafeInteger(id)) {
    return Number.isInteger(id) || !Number.isFinite(id)
      ? `the id is outside ±(2^53 - 1), where JSON numbers stop being exact in JavaScript`
      : `the id ${String(id).slice(0, 24)} is not an integer`;
  }
  if (text === undefined || leadingIntegerId(text, id, method) || idsWrittenAsIntegers(text)) return undefined;
  const literal = idLiteral(text, id);
  if (literal === undefined || /^-?(0|[1-9][0-9]*)$/.test(literal)) return undefined;
  return `the id is written ${JSON.stringify(literal.slice(0, 24))}: integer ids take no fraction and no exponent`;
}

/**
 * The common case, without a scan: the id is the first member (`{"id":7,`), the second after
 * `"jsonrpc":"2.0"`, or the second after the method (`{"method":"…","id":7,`, how the server writes
 * its requests), written as the digits of `id`. Only the text's first few dozen characters are
 * read. As in `idLiteral`, a leading member that reads as the parsed value is taken for the id.
 */
function leadingIntegerId(text: string, id: number, method: string | undefined): boolean {
  if (text.charCodeAt(0) !== 0x7b) return false;
  if (integerIdAt(text, 1, id)) return true;
  if (holds(text, 1, '"jsonrpc":"2.0",')) return integerIdAt(text, 17, id);
  if (method === undefined || !holds(text, 1, '"method":"')) return false;
  // Read at `end + 2` only when the first quote after 11 is where the method's parsed length puts
  // the end of its string. Otherwise a member written earlier under a duplicate "method" could
  // place `end + 2` on an `"id":` nested in the params. When it is, `"id":` can be read at
  // `end + 2` only as the next member of the top-level object: a quote inside a string is escaped,
  // so `"id":` cannot stand inside the method's string (had it escapes), nor, in text that
  // JSON.parse accepted, right after its closing quote.
  const end = 11 + method.length;
  if (text.indexOf('"', 11) !== end) return false;
  return integerIdAt(text, end + 2, id);
}

/** Whether `text` holds `word` at `at`, compared char by char (on the hot path, cheaper than `startsWith`). */
function holds(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Whether the text at `at` reads `"id":` then `id` as plain digits (at most 15, so exact), then `,` or `}`. */
function integerIdAt(text: string, at: number, id: number): boolean {
  if (!holds(text, at, '"id":')) return false;
  let i = at + 5;
  const negative = text.charCodeAt(i) === 0x2d;
  if (negative) i++;
  const start = i;
  let n = 0;
  for (let c = text.charCodeAt(i); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) n = n * 10 + (c - 0x30);
  const digits = i - start;
  if (digits === 0 || digits > 15 || (digits > 1 && text.charCodeAt(start) === 0x30)) return false;
  const next = text.charCodeAt(i);
  return (next === 0x2c || next === 0x7d) && (negative ? -n : n) === id;
}

/**
 * Whether every number that is the value of a member named `id`, anywhere in the text, is written
 * as an integer (no fraction, no exponent): then so is the top-level id, and no scan is needed.
 * In valid JSON without `\u` escapes, a member named `id` is spelled `"id"` followed by `:` (a
 * `"id"` inside a string has escaped quotes; a false match only sends the text to the exact scan).
 */
function idsWrittenAsIntegers(text: string): boolean {
  if (text.indexOf('\\u') !== -1) return false;
  for (let at = text.indexOf('"id"'); at !== -1; at = text.indexOf('"id"', at + 4)) {
    let i = skipWs(text, at + 4);
    if (text.charCodeAt(i) !== 0x3a) continue;
    i = skipWs(text, i + 1);
    for (
      let c = text.charCodeAt(i);
      (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x45 || c === 0x65;
      c = text.charCodeAt(++i)
    ) {
      if (c === 0x2e || c === 0x45 || c === 0x65) return false;
    }
  }
  return true;
}

/** `{"id":…` or `{"jsonrpc":"2.0","id":…` at the start of the text (how every peer we know writes it). */
const LEADING_ID = /^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(-?[0-9][0-9.eE+-]*)\s*[,}]/;

/**
 * The raw text of the value of the top-level `id` member (the last one, as JSON.parse takes), if
 * it is a number; `id` is the value JSON.parse gave it. A leading member that reads as that value
 * is taken without a scan (a later duplicate `id` would have to carry the same value, spelled
 * otherwise; the server refuses duplicate members anyway).
 */
export function idLiteral(text: string, id: number): string | undefined {
  const m = LEADING_ID.exec(text);
  if (m !== null && Number(m[1]) === id) return m[1];
  return scanTopLevel(text, 'id');
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the string starting at `i` (a `"`). */
function skipString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return text.length;
}

/** Index just past the value starting at `i`, without recursion. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    let j = i;
    while (j < text.length && !WS.has(text.charCodeAt(j)) && text[j] !== ',' && text[j] !== '}' && text[j] !== ']') j++;
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d === 0x22) j = skipString(text, j) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      if (--depth === 0) return j + 1;
    }
  }
  return text.length;
}

/** The raw value text of the last top-level member named `name`, when it is a number (text that JSON.parse accepted). */
function scanTopLevel(text: string, name: string): string | undefined {
  let i = skipWs(text, 0);
  if (text[i] !== '{') return undefined;
  let found: string | undefined;
  i = skipWs(text, i + 1);
  while (i < text.length && text[i] === '"') {
    const end = skipString(text, i);
    const raw = text.slice(i, end);
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    i = skipWs(text, end);
    if (text[i] !== ':') return found;
    const start = skipWs(text, i + 1);
    const stop = skipValue(text, start);
    if (key === name) {
      const value = text.slice(start, stop);
      found = /^-?[0-9]/.test(value) ? value : undefined;
    }
    i = skipWs(text, stop);
    if (text[i] !== ',') break;
    i = skipWs(text, i + 1);
  }
  return found;
}
