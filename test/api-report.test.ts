/**
 * The public API report (scripts/api-report.mjs, docs/api.md): current for this package, and
 * built from whatever the `exports` map of a package says (shown on a small package in a
 * temporary folder).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPoints, renderApiReport, REPORT_FILE } from '../scripts/api-report.mjs';
import { repoRoot } from './support/ts-parity.js';

type Entry = { subpath: string; mode: string; file: string; types?: string };
const entries = entryPoints as (root: string) => Entry[];
const render = renderApiReport as (root: string) => string;

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const EXPORTS = {
  '.': { types: './lib/index.d.ts', default: './lib/index.js' },
  './plain': './lib/plain.js',
  './again': './lib/again.js',
  './dual': {
    import: { types: './lib/dual.d.mts', default: './lib/dual.mjs' },
    require: { types: './lib/dual.d.cts', default: './lib/dual.cjs' },
  },
  './feature/*': './lib/features/*.js',
  './data.json': './data.json',
  './hidden': null,
};

/** A package whose declarations use one layout; `restyled` says the same with other whitespace, quotes, quoted names and comments. */
function demoFiles(restyled: boolean): Record<string, string> {
  const index = restyled
    ? [
        '/** Greets. */\nexport declare function greet(\n  name: string,\n  mode?: Mode,\n): string;',
        "export interface Options {\n  // Shout.\n  'loud'?: boolean;\n}",
        "export type Mode =\n  | 'calm'\n  | 'loud';",
        "export * as plain from './plain.js';",
        'export declare class Greeter {\n  #private;\n  private secret;\n  constructor(options: Options);\n  greet(): string;\n}',
        "export declare const VERSION: '1.0';",
      ]
    : [
        'export declare function greet(name: string, mode?: Mode): string;',
        'export interface Options { loud?: boolean }',
        'export type Mode = "calm" | "loud";',
        'export * as plain from "./plain.js";',
        'export declare class Greeter { #private; private secret; constructor(options: Options); greet(): string; }',
        'export declare const VERSION: "1.0";',
      ];
  return {
    'package.json': JSON.stringify({ name: 'demo', type: 'module', exports: EXPORTS }),
    'lib/index.js': '',
    'lib/index.d.ts': index.join('\n'),
    'lib/again.js': '',
    'lib/again.d.ts': restyled ? "export * from './index.js';" : 'export * from "./index.js";',
    'lib/plain.js': '',
    'lib/plain.d.ts': restyled ? 'export type Plain = {\n  x: number;\n};' : 'export type Plain = { x: number };',
    'lib/dual.mjs': '',
    'lib/dual.cjs': '',
    'lib/dual.d.mts': 'export declare const kind: "esm";',
    'lib/dual.d.cts': 'export declare const kind: "cjs";',
    'lib/features/b.js': '',
    'lib/features/b.d.ts': 'export declare const b: 2;',
    'lib/features/a.js': '',
    'lib/features/a.d.ts': 'export declare const a: 1;',
    'data.json': '{}',
  };
}

describe('public API report', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'api-report-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(`${REPORT_FILE} is current (run \`npm run api-report\` when this fails)`, () => {
    expect(render(repoRoot)).toBe(readFileSync(join(repoRoot, REPORT_FILE), 'utf8'));
  });

  it('has a section for every entry point of this package.json, JSON ones included', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    const report = readFileSync(join(repoRoot, REPORT_FILE), 'utf8');
    // One section per entry point and condition: the require() variants come under their own headings.
    const headings = [
      ...new Set(
        report
          .split('\n')
          .filter((l) => l.startsWith('## '))
          .map((l) => l.replace(/ \(require\)$/, '')),
      ),
    ];
    const subpaths = Object.keys(pkg.exports).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(headings).toEqual(subpaths.map((s) => `## \`${s === '.' ? pkg.name : pkg.name + s.slice(1)}\``));
  });

  it('follows the exports map: conditions, .js targets, patterns, JSON, blocked subpaths, re-exported entry points', () => {
    const root = join(scratch, 'demo');
    writeTree(root, demoFiles(false));
    expect(entries(root)).toEqual([
      { subpath: '.', mode: 'import', file: './lib/index.d.ts', types: './lib/index.d.ts' },
      { subpath: './again', mode: 'import', file: './lib/again.js', types: './lib/again.d.ts' },
      { subpath: './data.json', mode: 'import', file: './data.json', types: undefined },
      { subpath: './dual', mode: 'import', file: './lib/dual.d.mts', types: './lib/dual.d.mts' },
      { subpath: './dual', mode: 'require', file: './lib/dual.d.cts', types: './lib/dual.d.cts' },
      { subpath: './feature/a', mode: 'import', file: './lib/features/a.js', types: './lib/features/a.d.ts' },
      { subpath: './feature/b', mode: 'import', file: './lib/features/b.js', types: './lib/features/b.d.ts' },
      { subpath: './plain', mode: 'import', file: './lib/plain.js', types: './lib/plain.d.ts' },
    ]);
    const report = render(root);
    const headings = report.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Public API',
      '## `demo`',
      '### `demo` › `plain`',
      '## `demo/again`',
      '## `demo/data.json`',
      '## `demo/dual`',
      '## `demo/dual` (require)',
      '## `demo/feature/a`',
      '## `demo/feature/b`',
      '## `demo/plain`',
    ]);
    const section = (title: string) => report.split(`\n${title}\n`)[1].split('\n#')[0];
    expect(section('## `demo`').trim().split('\n')).toEqual([
      '6 exported names.',
      '',
      '- **class** `Greeter { constructor(options: Options); greet(): string; }`',
      '- **type** `Mode = "calm" | "loud"`',
      '- **interface** `Options { loud?: boolean; }`',
      '- **const** `VERSION: "1.0"`',
      '- **function** `greet(name: string, mode?: Mode): string`',
      '- **namespace** `plain`: see [demo › plain](#demo--plain)',
    ]);
    expect(section('## `demo/again`').trim()).toBe('The same exports, declared the same way, as [demo](#demo).');
    expect(section('## `demo/dual` (require)')).toContain('- **const** `kind: "cjs"`');
    expect(section('## `demo/data.json`')).toContain('`./data.json`: a JSON document without TypeScript declarations.');
  });

  it('does not change with the layout, quote style, quoted names or comments of the declarations', () => {
    const a = join(scratch, 'plain-style');
    const b = join(scratch, 'restyled');
    writeTree(a, demoFiles(false));
    writeTree(b, demoFiles(true));
    expect(render(b)).toBe(render(a));
  });

  it('refuses an entry point whose file is missing', () => {
    const root = join(scratch, 'missing');
    writeTree(root, { ...demoFiles(false), 'package.json': JSON.stringify({ name: 'demo', exports: { './gone': './lib/gone.js' } }) });
    expect(() => entries(root)).toThrow('./gone points at ./lib/gone.js, which does not exist');
  });
});
