/**
 * examples/client.mjs runs against the real `codex app-server` (in the loopback-only sandbox):
 * it is started as a user would start it, with `--codex` naming a script that starts the
 * sandboxed server, and its approval prompts are answered on its stdin as they appear: the first
 * command declined, the second accepted, the file change accepted. Needs `npm run build`
 * (the example imports the package by its name).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { E2E_RELEASES, release } from './support/releases.mjs';
import { checkSandboxSupport } from './support/sandbox.mjs';
import { removeSandbox, sandboxSpawn, type SandboxSpawn } from './support/spawn.js';

const example = join(import.meta.dirname, '..', '..', 'examples', 'client.mjs');
const quote = (s: string) => `'${s.split("'").join(`'\\''`)}'`;

/** A script that starts the sandboxed server (whatever arguments it gets), with the sandbox's environment only. */
function launcher(spawned: SandboxSpawn): string {
  const file = join(spawned.root, 'codex');
  const env = Object.entries(spawned.env).map(([k, v]) => quote(`${k}=${v}`));
  writeFileSync(file, `#!/bin/sh\nexec env -i ${env.join(' ')} ${[spawned.command, ...spawned.args].map(quote).join(' ')}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** Runs the example, answering each `[y/N]` prompt on its stderr with the next of `answers`. */
function runExample(
  args: string[],
  answers: string[],
): Promise<{ code: number | null; stdout: string; stderr: string; prompts: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [example, ...args], {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const prompts: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (t: string) => void (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => {
      stderr += t;
      const asked = [...stderr.matchAll(/\n([^\n]*\[y\/N\]) /g)].map((m) => m[1]!);
      while (prompts.length < asked.length) {
        prompts.push(asked[prompts.length]!);
        child.stdin.write(`${answers.shift() ?? 'n'}\n`);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, prompts }));
  });
}

let spawned: SandboxSpawn | undefined;
beforeAll(() => checkSandboxSupport());
afterEach(() => {
  if (spawned !== undefined) removeSandbox(spawned);
  spawned = undefined;
});

for (const version of E2E_RELEASES) {
  describe(`examples/client.mjs against codex ${version}`, () => {
    it('streams the answer and asks about each command and file change', async () => {
      const p = release(version);
      const add = ['*** Begin Patch', '*** Add File: notes.txt', '+written by the example', '*** End Patch'].join('\n');
      spawned = sandboxSpawn({
        version,
        script: {
          responses: [
            { steps: [p.shell('touch declined.txt', 'call_declined')] },
            { steps: [p.shell('touch accepted.txt', 'call_accepted')] },
            { steps: [p.applyPatch(add, 'call_patch')] },
            {
              steps: [
                { type: 'message', text: 'All done: one declined, two made.', deltas: ['All done:', ' one declined,', ' two made.'] },
              ],
            },
          ],
        },
      });
      const run = await runExample(
        ['--release', version, '--cwd', spawned.work, '--codex', launcher(spawned), 'Make two files and a note.'],
        ['n', 'y', 'y'],
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.prompts).toEqual([
        expect.stringMatching(/^Run `.*touch declined\.txt.*`\? \[y\/N\]$/),
        expect.stringMatching(/^Run `.*touch accepted\.txt.*`\? \[y\/N\]$/),
        expect.stringMatching(/^Change .*notes\.txt\? \[y\/N\]$/),
      ]);
      expect(run.stdout).toBe('All done: one declined, two made.\n');
      expect(run.stderr).toContain('[turn completed]');
      expect(run.stderr).not.toContain('[connection]');
      expect(existsSync(join(spawned.work, 'declined.txt'))).toBe(false);
      expect(existsSync(join(spawned.work, 'accepted.txt'))).toBe(true);
      expect(readFileSync(join(spawned.work, 'notes.txt'), 'utf8')).toBe('written by the example\n');
    });
  });
}
