/** Size and depth limits on incoming messages, so that hostile input is refused in bounded time. */

export interface Limits {
  /** Largest raw message accepted, in UTF-8 bytes. Default 32 MiB. */
  readonly maxBytes: number;
  /** Deepest nesting of arrays/objects accepted (the message object itself is depth 1). Default 128. */
  readonly maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({ maxBytes: 32 * 1024 * 1024, maxDepth: 128 });

/** UTF-8 size of a string, computed only when the cheap bounds cannot decide. */
export function exceedsBytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  return new TextEncoder().encode(text).length > maxBytes;
}

/**
 * Nesting depth check without recursion. Returns a JSON pointer to the first place deeper than
 * `maxDepth` (or caught in a cycle, which only a caller-built object can have), else undefined.
 */
export function depthViolation(value: unknown, maxDepth: number): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const stack: [node: object, depth: number, path: string][] = [[value, 1, '']];
  const onPath = new WeakSet<object>();
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const [node, depth, path] = stack.pop()!;
    if (depth > maxDepth) return path === '' ? '/' : path;
    if (onPath.has(node) || seen.has(node)) {
      // Shared (not cyclic) subtrees are fine for JSON values, but never occur in parsed text;
      // treat any revisit as a cycle to stay bounded.
      return path === '' ? '/' : path;
    }
    seen.add(node);
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [key, child] of entries) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1, `${path}/${escapePointer(key)}`]);
    }
  }
  return undefined;
}

export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
