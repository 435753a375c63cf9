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

function run(args: string[]): { code: number; out: string } {
  const lines: string[] = [];
  const code = runDiff(args, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('codex-protocol-diff refuses what is not a whole protocol', () => {
  it('a single type\'s schema: exit 2, "not a protocol bundle"', () => {
    const r = run([upstreamBundle('0.64.0'), join(DIFF_FIXTURES, 'single-type.schema.json')]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/single-type\.schema\.json is not a protocol bundle: it defines none of the message unions/);
  });

  it('a partial (v2-only) bundle: exit 2, naming the unions it lacks', () => {
    const r = run([join(DIFF_FIXTURES, 'partial-v2.schemas.json'), upstreamBundle('0.171.0')]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/is a partial protocol bundle: it defines ClientRequest, ServerNotification but not ServerRequest, ClientNotification/);
  });

  it('bad options: exit 2', () => {
    expect(run([upstreamBundle('0.64.0'), upstreamBundle('0.171.0'), '--format', 'html']).code).toBe(2);
    expect(run([upstreamBundle('0.64.0'), upstreamBundle('0.171.0'), '--out', join(dir, 'x.txt')]).out).toMatch(/--out writes changelogs only/);
  });

  it('--rules states every rule, optional-field removal included', () => {
    const r = run(['--rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/field-removed-optional\s+nobody; the sender in instructions or a closed object\s+the field could always be absent/);
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
    expect(r.out).toMatch(/refusing to overwrite .*notes\.md: it is not a changelog written by codex-protocol-diff/);
    expect(readFileSync(notes, 'utf8')).toBe('# My notes\n');
  });
});
