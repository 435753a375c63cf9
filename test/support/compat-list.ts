/**
 * The "Listed differences" table of docs/compat.md: one row per deliberate difference from an
 * upstream release, as `| release | location | kind | reason |`. Cells may be written as code
 * (backticks are dropped) and `\|` stands for a literal bar. A `location` may hold `*`, which
 * matches any run of characters. Rows of any release and kind are read; callers keep the ones
 * they use.
 */
import { readFileSync } from 'node:fs';
import { repoRoot } from './schemas.js';

export interface ListedDifference {
  readonly release: string;
  readonly location: string;
  readonly kind: string;
  readonly reason: string;
  /** 1-based line in the file, for messages. */
  readonly line: number;
}

export const COMPAT_FILE = `${repoRoot}docs/compat.md`;
const SECTION = '## Listed differences';
const HEADER = ['release', 'location', 'kind', 'reason'];

/** The cells of a Markdown table row (outer bars removed, `\|` kept as a bar). */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

const plain = (cell: string) => cell.replace(/^`(.*)`$/, '$1');

/** Parses the table under `## Listed differences`; throws when the section or its header is missing. */
export function parseListedDifferences(markdown: string): ListedDifference[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === SECTION);
  if (start < 0) throw new Error(`no "${SECTION}" section`);
  const headerAt = lines.findIndex((l, i) => i > start && l.trim().startsWith('|'));
  if (headerAt < 0 || cells(lines[headerAt]!).join('|') !== HEADER.join('|'))
    throw new Error(`the table under "${SECTION}" must have the columns | ${HEADER.join(' | ')} |`);
  const out: ListedDifference[] = [];
  for (let i = headerAt + 2; i < lines.length && lines[i]!.trim().startsWith('|'); i++) {
    const [release, location, kind, ...reason] = cells(lines[i]!);
    if (release === undefined || location === undefined || kind === undefined) continue;
    out.push({ release: plain(release), location: plain(location), kind: plain(kind), reason: reason.join(' | '), line: i + 1 });
  }
  return out;
}

export function readListedDifferences(path = COMPAT_FILE): ListedDifference[] {
  return parseListedDifferences(readFileSync(path, 'utf8'));
}

/** True when `location` fits the row's pattern (`*`: any run of characters). */
export function locationMatches(pattern: string, location: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(location);
}

/** The rows that list a change (same release and kind, matching location). */
export function rowsFor(
  rows: readonly ListedDifference[],
  release: string,
  change: { rule: string; location: string },
): ListedDifference[] {
  return rows.filter((r) => r.release === release && r.kind === change.rule && locationMatches(r.location, change.location));
}
