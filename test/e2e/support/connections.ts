/**
 * For the connection end-to-end tests: a `ClientConnection` to the real `codex app-server` of a
 * release, started by `spawnAppServer` with the command line of the loopback-only sandbox
 * (spawn.ts), recording every message both ways; a strict check of a recording against the
 * release's schema; and, with CODEX_E2E_CAPTURE=1, the recording written as a capture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, expect } from 'vitest';
import { spawnAppServer, type ClientConnection, type ConnectionError } from '../../../src/client/index.js';
import type { Release } from '../../../src/releases.js';
import { runtimeFor } from '../../../src/runtime/index.js';
import { normalizePaths } from './harness.mjs';
import { release as profileOf, type Release as Profile } from './releases.mjs';
import { checkSandboxSupport } from './sandbox.mjs';
import { modelRequests, removeSandbox, sandboxSpawn, type RecordedRequest, type SandboxSpawn, type Script } from './spawn.js';

export interface Entry {
  readonly from: 'client' | 'server';
  readonly message: Record<string, any>;
}

export interface Session<R extends Release> {
  readonly conn: ClientConnection<R>;
  readonly spawned: SandboxSpawn;
  readonly profile: Profile;
  /** Every message, in the order the client sent and received them. */
  readonly transcript: Entry[];
  /** What the connection reported through onError (a passing run reports nothing). */
  readonly reports: ConnectionError[];
  /** The server's stderr so far. */
  stderr(): string;
  modelRequests(): RecordedRequest[];
}

export const CLIENT_INFO = { name: 'codex-e2e-connections', title: 'codex-app-server-protocol connections e2e', version: '0.0.0' };

/** Starts the sandboxed server of `version` (in `root`, a fresh folder by default) and connects to it. */
export function startSession<R extends Release>(version: R, script: Script, root?: string): Session<R> {
  const spawned = sandboxSpawn({ version, script, ...(root === undefined ? {} : { root }) });
  const transcript: Entry[] = [];
  const reports: ConnectionError[] = [];
  let stderr = '';
  const conn = spawnAppServer({
    command: spawned.command,
    args: spawned.args,
    env: spawned.env,
    release: version,
    onStderr: (text) => void (stderr += text),
    trace: (e) =>
      void transcript.push({
        from: e.direction === 'out' ? 'client' : 'server',
        message: (e.message ?? { unparsed: e.text }) as Record<string, any>,
      }),
  });
  conn.onError((e) => void reports.push(e));
  return {
    conn,
    spawned,
    profile: profileOf(version),
    transcript,
    reports,
    stderr: () => stderr,
    modelRequests: () => modelRequests(spawned),
  };
}

/**
 * Every message of a transcript checked strictly against the release, as its receiver reads it
 * (and every result against the method of the request it answers): one line per problem.
 */
export function strictProblems(version: Release, transcript: readonly Entry[]): string[] {
  const rt = runtimeFor(version);
  const pending = { client: new Map<string | number, string>(), server: new Map<string | number, string>() };
  const problems: string[] = [];
  transcript.forEach((entry, i) => {
    const m = entry.message;
    const what = `#${i + 1} ${entry.from} ${m.method ?? `response ${String(m.id)}`}`;
    const r = rt.parse(JSON.stringify(m), entry.from === 'client' ? 'clientToServer' : 'serverToClient');
    if (!r.ok) {
      const issues = r.error.error.data.issues.map(
        (x) => `${x.path} (${x.kind ?? 'envelope'}): expected ${x.expected}${x.found === undefined ? '' : `, found ${x.found}`}`,
      );
      problems.push(`${what}: ${r.error.error.message}${issues.length > 0 ? ` [${issues.join('; ')}]` : ''}`);
      return;
    }
    if (m.method !== undefined && m.id !== undefined) pending[entry.from].set(m.id, m.method);
    if (m.method === undefined && m.result !== undefined) {
      const method = pending[entry.from === 'client' ? 'server' : 'client'].get(m.id);
      if (method === undefined) return void problems.push(`${what}: answers no request`);
      const v = rt.validateResult(method, m.result);
      if (!v.ok)
        problems.push(
          `${what} (result of ${method}): ${v.issues.map((x) => `${x.path} (${x.kind}): expected ${x.expected}${x.found === undefined ? '' : `, found ${x.found}`}`).join('; ')}`,
        );
    }
  });
  return problems;
}

/** With CODEX_E2E_CAPTURE=1: writes the transcript to test/fixtures/wire/<version>/connection-<name>.jsonl. */
export function capture(version: Release, name: string, session: Session<Release>): void {
  if (process.env.CODEX_E2E_CAPTURE !== '1') return;
  const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'wire', version);
  mkdirSync(dir, { recursive: true });
  const lines = (normalizePaths(session.transcript, session.spawned.root) as Entry[]).map((e) => JSON.stringify(e));
  writeFileSync(join(dir, `connection-${name}.jsonl`), `${lines.join('\n')}\n`);
}

/** A promise of the first notification `pick` accepts, from `subscribe`'s handler. */
export function first<P>(subscribe: (handler: (params: P) => void) => () => void, pick: (params: P) => boolean = () => true): Promise<P> {
  return new Promise((resolve) => {
    const stop = subscribe((params) => {
      if (!pick(params)) return;
      stop();
      resolve(params);
    });
  });
}

/**
 * Sessions for a test file: `start` (with the capture name it is written to under
 * CODEX_E2E_CAPTURE=1), `finish` (close, then hold the run to what a passing one shows: exit 0,
 * no reports, every message valid strictly). Every session is closed and its folder removed
 * after each test.
 */
export function sessions<V extends Release>() {
  let open: { session: Session<V>; name?: string }[] = [];
  beforeAll(() => checkSandboxSupport());
  afterEach(async () => {
    for (const { session, name } of open) {
      await session.conn.close();
      if (name !== undefined) capture(session.conn.release, name, session as unknown as Session<Release>);
      removeSandbox(session.spawned);
    }
    open = [];
  });
  return {
    start(this: void, version: V, name: string | undefined, script: Script, root?: string): Session<V> {
      const session = startSession<V>(version, script, root);
      open.push(name === undefined ? { session } : { session, name });
      return session;
    },
    async finish(this: void, version: V, s: Session<V>): Promise<void> {
      const info = await s.conn.close();
      expect(info, s.stderr()).toMatchObject({ reason: 'closed', exitCode: 0 });
      // Thrown whole, so that a failure lists every report and every problem.
      const reports = s.reports.map((e) => `${e.kind}: ${e.message}`);
      if (reports.length > 0) throw new Error(`the connection reported ${reports.length} problem(s):\n${reports.join('\n')}`);
      const problems = strictProblems(version, s.transcript);
      if (problems.length > 0)
        throw new Error(`${problems.length} of ${s.transcript.length} messages do not match ${version} strictly:\n${problems.join('\n')}`);
    },
  };
}
