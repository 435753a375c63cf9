/** Size and depth limits on incoming messages, so that hostile input is refused in bounded time. */

export interface Limits {
  /** Largest message accepted, in UTF-8 bytes (an already-parsed value: its JSON text). Default 32 MiB; `Infinity`: no limit. */
  readonly maxBytes: number;
  /** Deepest nesting of arrays/objects accepted (the message object itself is depth 1). Default 128; `Infinity`: no limit. */
  readonly maxDepth: number;
  /** Most issues an error lists; the rest are counted in `data.omitted`. Default 100. */
  readonly maxIssues: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({ maxBytes: 32 * 1024 * 1024, maxDepth: 128, maxIssues: 100 });

/**
 * The limits in force: the defaults, overridden by the given ones. Each given limit must be a
 * positive integer (or `Infinity`, "no limit", for the byte and depth limits); anything else is
 * refused with a sentence saying so, never taken as "no limit".
 */
export function resolveLimits(given: unknown): Limits | string {
  if (given === undefined) return DEFAULT_LIMITS;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return 'limits must be an object';
  const out: { -readonly [K in keyof Limits]: number } = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(given)) {
    if (!(key in DEFAULT_LIMITS)) return `limits.${key} is not a limit (known: ${Object.keys(DEFAULT_LIMITS).join(', ')})`;
  }
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    if (!Object.prototype.hasOwnProperty.call(given, key)) continue;
    const value = (given as Record<string, unknown>)[key];
    const unlimited = key !== 'maxIssues' && value === Infinity;
    if (!unlimited && !(typeof value === 'number' && Number.isSafeInteger(value) && value > 0)) {
      return `limits.${key} must be a positive integer${key === 'maxIssues' ? '' : ' (or Infinity for no limit)'}, not ${typeof value === 'number' || typeof value === 'string' ? JSON.stringify(String(value)).slice(0, 40) : typeof value}`;
    }
    out[key] = value as number;
  }
  return Object.freeze(out);
}

/** UTF-8 size of a string, computed only when the cheap bounds cannot decide. */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  return new TextEncoder().encode(text).length > maxBytes;
}

/**
 * Whether JSON text provably nests no deeper than `maxDepth`, decided from the text alone, for
 * ordinary messages with a few `indexOf` calls at most. When it returns false the text may still
 * be shallow: the caller then measures the parsed value. `credit`: characters of the text known
 * to lie outside every container's brackets and keys (see `messageNestsAtMost`).
 *
 * Take the deepest path into the value, d containers. Each has its two brackets; each one below
 * an object also has its key (`"":`, at least 3 characters); these characters are all distinct.
 * Only a container directly inside an array (at most as many as the `[`s in the text, k) goes
 * without a key, so the length is at least 2d + 3(d - 1) - 3k, that is d <= 1 + (length - 2 + 3k)
 * / 5. Brackets inside strings only make these bounds looser.
 */
export function nestsAtMost(text: string, maxDepth: number, credit = 0): boolean {
  const length = text.length - credit;
  // Too short to nest that deep: the common case, kept small enough for the JIT to inline.
  if (length <= 2 * maxDepth) return true;
  return nestsAtMostFrom(text, length, maxDepth);
}

/**
 * `nestsAtMost` for the text of a message whose parsed value has a string `method` of
 * `methodLength` UTF-16 units. Such text holds the member `"method":"…"`, at least
 * `methodLength + 11` characters that are neither a bracket nor a key of any container, so they
 * are credited. Text up to `2 * maxDepth + methodLength + 11` characters long needs no scan at
 * all (that covers nearly every streamed delta, whose texts run a little past 256 characters).
 */
export function messageNestsAtMost(text: string, methodLength: number, maxDepth: number): boolean {
  return nestsAtMost(text, maxDepth, methodLength + 11);
}

/** The rest of `nestsAtMost`, for text of `length` uncredited characters past the short case. */
function nestsAtMostFrom(text: string, length: number, maxDepth: number): boolean {
  // What 3k may be at most for d <= maxDepth: 3k <= 5 (maxDepth - 1) + 2 - length.
  const room = 5 * (maxDepth - 1) + 2 - length;
  if (room >= 0) {
    let k = 0;
    for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) if (3 * ++k > room) break;
    if (3 * k <= room) return true;
  }
  return openersAtMost(text, maxDepth);
}

/**
 * Cheap upper bound on the nesting depth of JSON text: the number of `{` and `[` in it (brackets
 * inside strings only make the bound looser). Stops counting once past `limit`.
 */
export function openersAtMost(text: string, limit: number): boolean {
  let count = 0;
  for (const opener of ['{', '[']) {
    for (let i = text.indexOf(opener); i !== -1; i = text.indexOf(opener, i + 1)) {
      if (++count > limit) return false;
    }
  }
  return true;
}

/** What `measure` found wrong with a value: too deep (where), too big, or a cycle (where). */
export type Measure = { readonly problem: 'depth' | 'cycle'; readonly at: string } | { readonly problem: 'bytes' } | undefined;

/**
 * Whether JSON text nests no deeper than `maxDepth`, exactly: one pass over the characters,
 * brackets inside strings skipped, stopping as soon as the limit is passed.
 */
export function textNestsWithin(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string (escapes included).
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return false;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return true;
}

/**
 * One walk over a value, without recursion and linear in its size: is it nested deeper than
 * `maxDepth`, and (for a value not read from text, `maxBytes` finite) is its JSON text larger
 * than `maxBytes`? The size is counted from below (each string's length, each number as at least
 * one character, each array slot as at least one character and its comma, a hole or `undefined`
 * slot as the `null` JSON.stringify writes there), so an array whose length alone exceeds the
 * bound is refused without visiting its slots. A cycle (only a caller-built value
 * can have one) nests without end, so a finite limit catches it; with neither limit finite, a
 * container met twice is reported. Where a problem is, a second walk (along the way to it) says.
 */
export function measure(value: unknown, maxDepth: number, maxBytes = Infinity): Measure {
  if (typeof value !== 'object' || value === null) return undefined;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  const seen = maxDepth === Infinity && maxBytes === Infinity ? new Set<object>() : undefined;
  let bytes = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return locate(value, maxDepth);
    if (seen !== undefined) {
      if (seen.has(node)) return locate(value, Infinity);
      seen.add(node);
    }
    if (Array.isArray(node)) {
      bytes += 2 * node.length + 2; // brackets, and at least one character and a comma a slot
      if (bytes > maxBytes) return { problem: 'bytes' };
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if (typeof child === 'string') bytes += child.length + 1;
        else if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
          bytes += 1;
        } else if (child === undefined || typeof child === 'function' || typeof child === 'symbol') bytes += 3; // written as null
      }
    } else {
      for (const k of Object.keys(node)) {
        bytes += k.length + 4;
        const child: unknown = (node as Record<string, unknown>)[k];
        if (typeof child === 'string') bytes += child.length + 2;
        else if (typeof child === 'object' && child !== null) {
          nodes.push(child);
          depths.push(depth + 1);
          bytes += 2;
        } else bytes += 1;
      }
    }
    if (bytes > maxBytes) return { problem: 'bytes' };
  }
  return undefined;
}

/** The first container deeper than `maxDepth`, or met a second time (a cycle), and its JSON pointer. */
function locate(value: unknown, maxDepth: number): Measure {
  const nodes: object[] = [value as object];
  const depths: number[] = [1];
  const paths: string[] = [''];
  const seen = new Set<object>();
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    const path = paths.pop()!;
    if (seen.has(node)) return { problem: 'cycle', at: path === '' ? '/' : path };
    if (depth > maxDepth) return { problem: 'depth', at: path === '' ? '/' : path };
    seen.add(node);
    const entries: [string, unknown][] = Array.isArray(node)
      ? node.map((c, i) => [String(i), c])
      : Object.keys(node).map((k) => [k, (node as Record<string, unknown>)[k]]);
    for (const [k, child] of entries) {
      if (typeof child !== 'object' || child === null) continue;
      nodes.push(child);
      depths.push(depth + 1);
      paths.push(`${path}/${escapePointer(k)}`);
    }
  }
  return { problem: 'depth', at: '/' };
}

/**
 * Quick form of the depth check, for the common case: true when `value` nests no deeper than
 * `maxDepth`, found by visiting at most `budget` containers. False means "not shown" (too deep,
 * too many containers, or a cycle); the caller then runs `measure`, which says where. Recursion
 * is bounded by `maxDepth` (and never deeper than 512 levels: past that, "not shown").
 */
export function nestsWithin(value: unknown, maxDepth: number, budget = 4096): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const outer = containersLeft; // a getter on a caller-built value may start a walk of its own
  containersLeft = budget;
  try {
    return within(value, 1, Math.min(maxDepth, 512));
  } finally {
    containersLeft = outer;
  }
}

/** Containers the current `nestsWithin` walk may still visit. */
let containersLeft = 0;

function within(node: object, depth: number, maxDepth: number): boolean {
  if (depth > maxDepth || --containersLeft < 0) return false;
  if (Array.isArray(node)) {
    // Every slot costs (a hand-built sparse array may be long and nearly empty).
    if ((containersLeft -= node.length >>> 4) < 0) return false;
    for (let i = 0; i < node.length; i++) {
      const child: unknown = node[i];
      if (typeof child === 'object' && child !== null && !within(child, depth + 1, maxDepth)) return false;
    }
    return true;
  }
  const keys = Object.keys(node);
  for (let i = 0; i < keys.length; i++) {
    const child: unknown = (node as Record<string, unknown>)[keys[i]!];
    if (typeof child === 'object' && child !== null && !within(child, depth + 1, maxDepth)) return false;
  }
  return true;
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
