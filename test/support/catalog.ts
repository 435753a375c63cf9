/** Reading the protocol catalogs (vendored under test/fixtures/catalog) into checkable facts. */
import { readFileSync } from 'node:fs';
import { repoRoot } from './schemas.js';

export const catalog = readFileSync(`${repoRoot}test/fixtures/catalog/protocol-catalog.md`, 'utf8');
export const catalogV1 = readFileSync(`${repoRoot}test/fixtures/catalog/protocol-catalog-v1.md`, 'utf8');

/** The text of the section whose heading starts with `heading` (up to the next heading of the same or a higher level). */
/** The count a section's heading states, e.g. 41 for `## 1. Client → server requests (\`ClientRequest\`, 41)`. */
export function statedCount(doc: string, heading: string): number {
  const line = doc.split('\n').find((l) => /^#+ /.test(l) && l.replace(/^#+ /, '').startsWith(heading));
  const n = line === undefined ? undefined : /(\d+)(?:\)| variants| values|, snake_case)/.exec(line.replace(/^#+ \d+[a-z]?\. /, ''))?.[1];
  if (n === undefined) throw new Error(`the heading of ${heading} states no count`);
  return Number(n);
}

export function section(doc: string, heading: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, '').startsWith(heading));
  if (start < 0) throw new Error(`no section ${heading}`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Table rows of a markdown section, as cell arrays (header and separator rows dropped). */
export function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    )
    .slice(1);
}

export const unquote = (cell: string) => cell.replace(/[`*†]/g, '').trim();

/** Bold PascalCase names (type names) in a text. */
export function boldTypeNames(text: string): string[] {
  return [...text.matchAll(/\*\*([A-Z][A-Za-z0-9]+)\*\*/g)].map((m) => m[1]!);
}

/**
 * Field names that a bullet of the form `- **TypeA** (and **TypeB**): `field` R; ...` lists for
 * its types: backticked camelCase names followed by `:`, `,` or a R/N/o mark.
 */
export function bulletFields(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (names: string[], body: string) => {
    // Enum values sit in parentheses or after "where X is"; they are not fields.
    const plain = body.replace(/\([^)]*\)/g, '').replace(/where .*$/, '');
    const fields = [...plain.matchAll(/`([a-z][A-Za-z0-9]*)`(?=\s*(?:[:,]|R\b|N\b|o\b))/g)].map((m) => m[1]!);
    for (const name of names) {
      const set = out.get(name) ?? new Set<string>();
      fields.forEach((f) => set.add(f));
      out.set(name, set);
    }
  };
  for (const line of text.split('\n').filter((l) => l.startsWith('- **'))) {
    // A bold name is a subject when it opens the line, follows " and ", is followed by ":", or says what it "has".
    const subject = /\*\*([A-Z][A-Za-z0-9]+)\*\*(?=(?: \([^)]*\))?:| and \*\*| has )/g;
    const marks = [...line.matchAll(subject)];
    let group: string[] = [];
    marks.forEach((m, i) => {
      group.push(m[1]!);
      const end = i + 1 < marks.length ? marks[i + 1]!.index : line.length;
      const body = line.slice(m.index + m[0].length, end);
      if (/^\s*and\s*$/.test(body)) return;
      add(group, body);
      group = [];
    });
  }
  return out;
}
