/**
 * The writing commands never destroy what they did not write: a folder of others is refused (or,
 * with --force, written beside), only files listed in our manifest are replaced or removed,
 * symbolic links are never followed, a killed write leaves the previous output whole, and every
 * usage or path error is one line on stderr with exit status 2.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type Command } from '../codegen/cli.js';
import { currentGeneration } from '../codegen/current.js';
import { shippedGeneration } from '../codegen/shipped.js';
import { listFiles } from '../codegen/files.js';
import { generateTs } from '../codegen/generate.js';
import { diffFolder, MANIFEST_FILE, withManifest, writeFolder } from '../codegen/write.js';
import { repoRoot } from './support/schemas.js';
import { NEWEST, RELEASES } from '../src/releases.js';

const scratch = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(scratch, `case-${n++}`);

/** As the bins run them: `export` from the definitions, `generate-*` from the shipped JSON folder. */
async function cli(command: Command, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await run(command, argv, command === 'export' ? currentGeneration : () => shippedGeneration(), {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** A folder holding the files of a user's project. */
function project(): string {
  const dir = fresh();
  mkdirSync(join(dir, '.git', 'objects'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"name":"mine"}\n');
  writeFileSync(join(dir, 'README.md'), '# mine\n');
  writeFileSync(join(dir, '.git', 'objects', 'pack'), 'x');
  return dir;
}

const snapshot = (dir: string) => Object.fromEntries(listFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('writing commands keep what they did not write', () => {
  for (const command of ['generate-json-schema', 'generate-ts'] as const) {
    it(`${command} refuses a folder of others, and with --force writes beside its files`, async () => {
      const dir = project();
      const before = snapshot(dir);
      const refused = await cli(command, '--out', dir);
      expect(refused.status).toBe(2);
      expect(refused.err).toMatch(/holds files this generator did not write .* refusing/);
      expect(refused.out).toBe('');
      expect(snapshot(dir)).toEqual(before);

      const forced = await cli(command, '--out', dir, '--force');
      expect(forced.status).toBe(0);
      const after = snapshot(dir);
      for (const [file, text] of Object.entries(before)) expect(after[file], file).toBe(text);
      expect(after[MANIFEST_FILE]).toBeDefined();

      // Now the folder is ours: rewriting needs no --force, and still keeps the user's files.
      writeFileSync(join(dir, 'app.ts'), 'export const mine = 1;\n');
      const again = await cli(command, '--out', dir);
      expect(again.status).toBe(0);
      expect(readFileSync(join(dir, 'app.ts'), 'utf8')).toBe('export const mine = 1;\n');
      expect(snapshot(dir)).toEqual({ ...after, 'app.ts': 'export const mine = 1;\n' });
    });
  }

  it('export writes each output folder and the docs beside hand-written pages', async () => {
    const root = fresh();
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'docs', 'guide.md'), '# my guide\n');
    const out = join(root, 'generated');
    const done = await cli('export', '--out', out);
    expect(done.status, done.err).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['json', 'releases', 'typescript', 'validators']);
    expect(readdirSync(join(out, 'releases')).sort()).toEqual(RELEASES.filter((r) => r !== NEWEST).sort());
    expect(readFileSync(join(root, 'docs', 'guide.md'), 'utf8')).toBe('# my guide\n');
    expect(existsSync(join(root, 'docs', 'protocol.md'))).toBe(true);
    expect((await cli('export', '--out', out, '--check')).status).toBe(0);

    // A docs page of the user's under the generated name is not overwritten.
    const other = fresh();
    mkdirSync(join(other, 'docs'), { recursive: true });
    writeFileSync(join(other, 'docs', 'protocol.md'), 'mine\n');
    const refused = await cli('export', '--out', join(other, 'generated'), '--no-docs');
    expect(refused.status).toBe(0);
    const clash = await cli('export', '--out', join(other, 'generated'));
    expect(clash.status).toBe(2);
    expect(readFileSync(join(other, 'docs', 'protocol.md'), 'utf8')).toBe('mine\n');
  });

  it('removes only stale files of its own, and --check reports them (exit 1)', async () => {
    const dir = fresh();
    expect((await cli('generate-json-schema', '--out', dir)).status).toBe(0);
    writeFileSync(join(dir, 'v2', 'TurnStartParams.json'), '{}\n');
    writeFileSync(join(dir, 'Leftover.json'), '{}\n');
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files: string[] };
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, files: [...manifest.files, 'Old.json'] }));
    writeFileSync(join(dir, 'Old.json'), '{}\n');
    const check = await cli('generate-json-schema', '--out', dir, '--check');
    expect(check.status).toBe(1);
    expect(check.out).toMatch(/changed\s+v2\/TurnStartParams\.json/);
    expect(check.out).toMatch(/stale\s+Old\.json/);
    expect(check.out).not.toMatch(/Leftover/);
    expect((await cli('generate-json-schema', '--out', dir)).status).toBe(0);
    expect(existsSync(join(dir, 'Old.json'))).toBe(false);
    expect(readFileSync(join(dir, 'Leftover.json'), 'utf8')).toBe('{}\n');
    expect((await cli('generate-json-schema', '--out', dir, '--check')).status).toBe(0);
  });
});

describe('the installed package writes from its shipped JSON folder', () => {
  it('the same JSON and TypeScript as the definitions give (so generate-* need no TypeBox)', async () => {
    const shipped = shippedGeneration();
    expect(shipped.jsonFiles()).toEqual(currentGeneration().jsonFiles());
    expect(generateTs(shipped)).toEqual(generateTs(currentGeneration()));
  });
});

describe('usage and path errors: one line on stderr, exit 2', () => {
  const cases: [string, () => string[]][] = [
    ['no --out', () => []],
    ['an unknown option', () => ['--bogus']],
    ['--out followed by an option', () => ['--out', '--check']],
    ['--out twice', () => ['--out', fresh(), '--out', fresh()]],
    [
      '--out that is a file',
      () => {
        const file = join(fresh());
        writeFileSync(file, 'x');
        return ['--out', file];
      },
    ],
    [
      '--out under a file',
      () => {
        const file = fresh();
        writeFileSync(file, 'x');
        return ['--out', join(file, 'sub')];
      },
    ],
    [
      '--out a dangling symbolic link',
      () => {
        const link = fresh();
        symlinkSync(join(scratch, 'nowhere'), link);
        return ['--out', link];
      },
    ],
    [
      '--out a symbolic link loop',
      () => {
        const link = fresh();
        symlinkSync(link, link);
        return ['--out', link];
      },
    ],
    ['--out a path that cannot be created', () => ['--out', '/proc/self/codex-protocol-test']],
  ];
  for (const [what, argv] of cases) {
    it(what, async () => {
      const r = await cli('generate-ts', ...argv());
      expect(r.status).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.split('\n')[0]).toMatch(/^generate-ts: /);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it('prints --help and --version on stdout with exit 0', async () => {
    const h = await cli('export', '--help');
    expect(h.status).toBe(0);
    expect(h.out).toMatch(/DIR\/json\/ .*DIR\/typescript\/ .*DIR\/validators\//s);
    expect(h.out).toMatch(new RegExp(MANIFEST_FILE.replace(/\./g, '\\.')));
    const v = await cli('generate-ts', '--version');
    expect(v.status).toBe(0);
    expect(v.out).toMatch(/^codex-app-server-protocol \d+\.\d+\.\d+/);
  });

  it('stops quietly with its exit code when the reader closes the pipe early (| head)', async () => {
    // The installed bin, its stdout a pipe the reader closes before the first byte is read.
    for (const [bin, args, expected] of [
      ['export.js', ['--help'], 0],
      [
        'diff.js',
        [
          'upstream/0.64.0/json/codex_app_server_protocol.schemas.json',
          'upstream/0.171.0/json/codex_app_server_protocol.schemas.json',
          '--format',
          'md',
        ],
        1,
      ],
    ] as const) {
      const child = spawn(process.execPath, [join(repoRoot, 'bin', bin), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
      expect({ bin, status, stderr }).toEqual({ bin, status: expected, stderr: '' });
    }
  });

  it('never writes through a symbolic link inside the folder', async () => {
    const dir = fresh();
    expect((await cli('generate-json-schema', '--out', dir)).status).toBe(0);
    const outside = fresh();
    mkdirSync(outside);
    rmSync(join(dir, 'v2'), { recursive: true });
    symlinkSync(outside, join(dir, 'v2'));
    const r = await cli('generate-json-schema', '--out', dir);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('a killed write leaves the previous output whole', () => {
  const writer = join(repoRoot, 'dist', 'codegen', 'write.js');
  const files = (version: string) =>
    new Map([
      ['a.json', `${version}\n`],
      ['sub/b.json', `${version}\n`],
    ]);

  /** Starts a write of `version` in a child process and kills it at `step`. */
  function killAt(dir: string, step: string, version: string, shared: boolean): Promise<void> {
    const script = `
      import { writeFolder } from ${JSON.stringify(writer)};
      const [dir, step, version, shared] = process.argv.slice(1);
      const files = new Map([['a.json', version + '\\n'], ['sub/b.json', version + '\\n']]);
      writeFolder(dir, files, { shared: shared === 'yes', onStep: (s) => {
        if (s !== step) return;
        process.stdout.write('stopped\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      } });
      process.stdout.write('finished\\n');`;
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir, step, version, shared ? 'yes' : 'no'], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('stopped')) child.kill('SIGKILL');
        else if (d.toString().includes('finished')) reject(new Error(`the write did not reach ${step}`));
      });
      child.on('exit', () => resolve());
    });
  }

  for (const [step, shared] of [
    ['staged', false],
    ['previous-moved', false],
    ['staged', true],
  ] as const) {
    it(`killed at "${step}"${shared ? ' (shared folder)' : ''}`, async () => {
      const dir = fresh();
      writeFolder(dir, files('old'), { shared });
      if (shared) writeFileSync(join(dir, 'notes.md'), 'mine\n');
      await killAt(dir, step, 'new', shared);
      if (step !== 'previous-moved') {
        // The folder is untouched: the same old output (and the user's file).
        expect(diffFolder(dir, withManifest(files('old')))).toMatchObject({ missing: [], changed: [], stale: [] });
      }
      // The next write first puts back an interrupted swap, then finds the old output whole.
      expect(writeFolder(dir, files('old'), { shared })).toMatchObject({ missing: [], changed: [], stale: [] });
      expect(readdirSync(join(dir, '..')).filter((f) => f.includes('.staging-') || f.includes('.previous-'))).toEqual([]);
      if (shared) expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('mine\n');
      expect(listFiles(dir).filter((f) => f.includes('staging'))).toEqual([]);
    });
  }
});
