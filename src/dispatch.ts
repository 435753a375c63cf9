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
  readonly slots: readonly (readonly [string, T] | undefined)[];
  /** The entries of a group no single position separates. */
  readonly all: readonly (readonly [string, T])[];
}

const ASCII = 128;

/**
 * The first position at which the (equally long) names all have different ASCII characters;
 * -1 if there is none. (The generated routers switch on the same position.)
 */
export function distinguishingPosition(names: readonly string[]): number {
  const length = names.length === 0 ? 0 : names[0]!.length;
  for (let at = 0; at < length; at++) {
    const codes = names.map((name) => name.charCodeAt(at));
    if (codes.every((c) => c < ASCII) && new Set(codes).size === names.length) return at;
  }
  return -1;
}

function group<T>(entries: readonly (readonly [string, T])[]): Group<T> {
  const at = distinguishingPosition(entries.map(([name]) => name));
  if (at === -1) return { at, slots: [], all: entries };
  const slots: (readonly [string, T] | undefined)[] = Array.from({ length: ASCII }, () => undefined);
  for (const entry of entries) slots[entry[0].charCodeAt(at)] = entry;
  return { at, slots, all: entries };
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
