/**
 * Lookup by method name without hashing it. A method name arrives as a fresh string from
 * JSON.parse, which a Map would hash on every message. Here the names are grouped by length;
 * within a group, one character position tells them apart (chosen when the index is built), so
 * a lookup is two array reads and one `===` comparison.
 */

interface Group<T> {
  /** Position of the character that tells the group's names apart; -1: none does (names are scanned). */
  readonly at: number;
  /** By that character's code (ASCII): the one entry that has it. */
  readonly slots: readonly ((readonly [string, T]) | undefined)[];
  /** The entries of a group no single position separates. */
  readonly all: readonly (readonly [string, T])[];
}

const ASCII = 128;

function group<T>(entries: readonly (readonly [string, T])[]): Group<T> {
  const length = entries[0]![0].length;
  for (let at = 0; at < length; at++) {
    const codes = entries.map(([name]) => name.charCodeAt(at));
    if (codes.every((c) => c < ASCII) && new Set(codes).size === entries.length) {
      const slots: ((readonly [string, T]) | undefined)[] = Array.from({ length: ASCII }, () => undefined);
      entries.forEach((entry, i) => (slots[codes[i]!] = entry));
      return { at, slots, all: entries };
    }
  }
  return { at: -1, slots: [], all: entries };
}

/** A lookup function over `entries` (name -> value); undefined for a name not among them. */
export function nameIndex<T>(entries: readonly (readonly [string, T])[]): (name: string) => T | undefined {
  const byLength = new Map<number, (readonly [string, T])[]>();
  for (const entry of entries) {
    const same = byLength.get(entry[0].length);
    if (same === undefined) byLength.set(entry[0].length, [entry]);
    else if (same.some(([name]) => name === entry[0])) throw new Error(`nameIndex: ${entry[0]} is listed twice`);
    else same.push(entry);
  }
  // A packed array (no holes) keeps the indexed read fast; lengths past its end read undefined.
  const groups: (Group<T> | undefined)[] = Array.from({ length: Math.max(0, ...byLength.keys()) + 1 }, () => undefined);
  for (const [length, same] of byLength) groups[length] = group(same);
  return (name) => {
    const g = groups[name.length];
    if (g === undefined) return undefined;
    if (g.at >= 0) {
      const entry = g.slots[name.charCodeAt(g.at)];
      return entry !== undefined && entry[0] === name ? entry[1] : undefined;
    }
    for (const entry of g.all) if (entry[0] === name) return entry[1];
    return undefined;
  };
}
