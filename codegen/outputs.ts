/**
 * Every output of the generator, as one table: its name, the folder it is written to (relative
 * to `export --out DIR`; the docs go to `--docs DIR`), whether that folder is shared with files
 * of others, and the function that makes its files. Each output is made for every release: the
 * newest release's at the folder itself, every other one's under `releases/<version>/` (see
 * `outputFolder`). The command line and the drift tests read this table; an output added here is
 * written, checked and drift-tested everywhere, for every release.
 */
import { NEWEST, type Release } from '../src/releases.js';
import type { Generation } from './context.js';
import { generateDocs, generateJson, generateTs, generateValidators } from './generate.js';

export type OutputName = 'json' | 'typescript' | 'validators' | 'docs';

export interface Output {
  readonly name: OutputName;
  /** Folder under the export folder (`docs`: the docs folder itself). */
  readonly folder: string;
  /** The folder also holds files of others (hand-written docs), which are expected and left alone. */
  readonly shared: boolean;
  /** What the output holds, for `--help`. */
  readonly summary: string;
  readonly generate: (g: Generation) => Map<string, string> | Promise<Map<string, string>>;
}

export const OUTPUTS: readonly Output[] = [
  {
    name: 'json',
    folder: 'json',
    shared: false,
    summary: 'the JSON Schema bundle, one schema per message type, and protocol.json',
    generate: generateJson,
  },
  {
    name: 'typescript',
    folder: 'typescript',
    shared: false,
    summary: 'TypeScript declarations, one file per type, and the method maps',
    generate: generateTs,
  },
  {
    name: 'validators',
    folder: 'validators',
    shared: false,
    summary: 'the precompiled validators the runtime uses',
    generate: generateValidators,
  },
  { name: 'docs', folder: '.', shared: true, summary: 'the protocol reference (protocol.md)', generate: (g) => generateDocs(g) },
];

/** The folder of an output's files for `release`, relative to the export folder (or the docs folder). */
export function outputFolder(o: Output, release: Release): string {
  const base = release === NEWEST ? '' : `releases/${release}/`;
  return o.folder === '.' ? (base === '' ? '.' : base.slice(0, -1)) : `${base}${o.folder}`;
}

export function output(name: OutputName): Output {
  const found = OUTPUTS.find((o) => o.name === name);
  if (found === undefined) throw new Error(`no output ${name}`);
  return found;
}
