/**
 * The command line on real input: files that are not a whole protocol are refused (exit 2) with
 * a message that says why; `--format md` prints release notes; `--out` writes them and replaces
 * only a changelog it wrote itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANGELOG_BANNER } from '../codegen/diff/changelog.js';
import { runDiff } from '../codegen/diff/cli.js';
import { DIFF_FIXTURES, upstreamBundle } from './support/diff-inputs.js';

/** The command's exit code, standard output and standard error. */
function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runDiff(
    args,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('codex-protocol-diff refuses what is not a whole protocol', () => {
  it('a single type\'s schema: exit 2, "not a protocol bundle"', () => {
    const r = run([upstreamBundle('0.64.0'), join(DIFF_FIXTURES, 'single-type.schema.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/single-type\.schema\.json is not a protocol bundle: it defines none of the message unions/);
  });

  it('a partial (v2-only) bundle: exit 2, naming the unions it lacks', () => {
    const r = run([join(DIFF_FIXTURES, 'partial-v2.schemas.json'), upstreamBundle('0.171.0')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /is a partial protocol bundle: it defines ClientRequest, ServerNotification but not ServerRequest, ClientNotification/,
    );
  });

  it('a broken meta model: exit 2, naming the member that is wrong and what it must hold', () => {
    const cases: [unknown, RegExp][] = [
      [{ methods: [{}] }, /is not a meta model: schema must be the file name of its bundle/],
      [{ schema: 'b.json', methods: {} }, /is not a meta model: methods must be an array of methods/],
      [{ schema: 'b.json', methods: [{}] }, /is not a meta model: methods\[0\]\.method must be the method name/],
      [
        { schema: 'b.json', methods: [{ method: 'a', direction: 'up', kind: 'request', params: null, result: null }] },
        /methods\[0\]\.direction must be "clientToServer" or "serverToClient"/,
      ],
      [
        { schema: 'b.json', methods: [{ method: 'a', direction: 'clientToServer', kind: 'request', params: 7, result: null }] },
        /methods\[0\]\.params must be a pointer into the bundle/,
      ],
      [{ schema: 'missing.json', methods: [] }, /cannot read .*missing\.json/],
    ];
    for (const [doc, message] of cases) {
      const file = join(dir, 'protocol.json');
      writeFileSync(file, JSON.stringify(doc));
      const r = run([file, upstreamBundle('0.64.0')]);
      expect({ code: r.code, out: r.out, err: r.err }).toMatchObject({ code: 2, out: '', err: expect.stringMatching(message) });
    }
    // A meta model whose pointers its bundle does not define.
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ definitions: {} }));
    writeFileSync(
      join(dir, 'protocol.json'),
      JSON.stringify({
        schema: 'b.json',
        methods: [{ method: 'a', direction: 'clientToServer', kind: 'request', params: null, result: '#/definitions/Nope' }],
      }),
    );
    expect(run([join(dir, 'protocol.json'), upstreamBundle('0.64.0')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/a points at #\/definitions\/Nope, which its bundle does not define/),
    });
  });

  it('text that is not JSON: exit 2, saying the file cannot be read', () => {
    writeFileSync(join(dir, 'nope.json'), 'nope');
    expect(run([join(dir, 'nope.json'), upstreamBundle('0.64.0')])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/cannot read .*nope\.json: .*not valid JSON/),
    });
  });

  it('--version and --help on standard output with exit 0', () => {
    expect(run(['--version'])).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^codex-app-server-protocol \d+\.\d+\.\d+ \(codex-protocol-diff\)$/),
      err: '',
    });
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringMatching(/^usage: codex-protocol-diff OLD NEW/), err: '' });
  });

  it('bad options: exit 2', () => {
    expect(run([upstreamBundle('0.64.0'), upstreamBundle('0.171.0'), '--format', 'html']).code).toBe(2);
    expect(run([upstreamBundle('0.64.0'), upstreamBundle('0.171.0'), '--out', join(dir, 'x.txt')]).err).toMatch(
      /--out writes changelogs only/,
    );
  });

  it('--rules states every rule, optional-field removal included', () => {
    const r = run(['--rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /field-removed-optional\s+nobody; the sender in instructions or a closed object\s+the field could always be absent/,
    );
    expect(r.out).toMatch(/params-added-optional\s+receiver/);
  });
});

describe('codex-protocol-diff --format md and --out', () => {
  const args = [upstreamBundle('0.63.0'), upstreamBundle('0.64.0')];

  it('prints release notes with the banner and exits 1 on breaking changes', () => {
    const r = run([...args, '--format', 'md']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(CHANGELOG_BANNER);
    expect(r.out).toMatch(/^# App-server protocol changes from 0\.63\.0 to 0\.64\.0$/m);
  });

  it('writes a new file, replaces its own changelog, refuses any other file', () => {
    const target = join(dir, 'changes.md');
    expect(run([...args, '--format', 'md', '--out', target]).code).toBe(0);
    const first = readFileSync(target, 'utf8');
    expect(first.startsWith(`${CHANGELOG_BANNER}\n`)).toBe(true);
    // Its own output: replaced.
    writeFileSync(target, `${CHANGELOG_BANNER}\nstale\n`);
    expect(run([...args, '--format', 'md', '--out', target]).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(first);
    // Someone else's file: left alone.
    const notes = join(dir, 'notes.md');
    writeFileSync(notes, '# My notes\n');
    const r = run([...args, '--format', 'md', '--out', notes]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/refusing to overwrite .*notes\.md: it is not a changelog written by codex-protocol-diff/);
    expect(readFileSync(notes, 'utf8')).toBe('# My notes\n');
  });
});
