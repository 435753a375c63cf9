// Starting the real `codex app-server` of one release in the sandbox, and running scenarios
// against it. Used by the tests (through spawn.ts or directly) and by scripts/capture.mjs.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodex } from '../../../scripts/codex-install.mjs';
import { release as releaseProfile } from './releases.mjs';
import { Connection } from './rpc.mjs';
import { checkSandboxSupport, sandboxCommand } from './sandbox.mjs';

/** The stable stand-in for a run's temporary root in committed transcripts. */
export const ROOT_PLACEHOLDER = '/tmp/codex-e2e';

/** A fresh temporary root for one run (`/tmp/codex-e2e-XXXXXX`). */
export function makeRoot() {
  return mkdtempSync(join(tmpdir(), 'codex-e2e-'));
}

/**
 * Writes `script` into `root` and returns the command that starts the sandboxed server of
 * `version` there. The binary is installed on demand.
 * @param {{ version: string, root: string, script: import('./model-server.mjs').Script, model?: string, env?: Record<string, string>, codexArgs?: string[], name?: string }} options
 */
export function prepareSandbox(options) {
  const scriptFile = join(options.root, `${options.name ?? 'script'}.json`);
  writeFileSync(scriptFile, `${JSON.stringify(options.script, null, 2)}\n`);
  const codex = ensureCodex(options.version);
  if (codex === undefined) throw new Error(`codex ${options.version} is not installed`);
  return sandboxCommand({
    codex,
    root: options.root,
    script: scriptFile,
    model: options.model ?? releaseProfile(options.version).model,
    env: options.env,
    codexArgs: options.codexArgs,
  });
}

let sandboxChecked = false;

/**
 * Starts the sandboxed server and returns a connection to it, plus what the model server recorded.
 * @param {Parameters<typeof prepareSandbox>[0]} options
 */
export function startServer(options) {
  if (!sandboxChecked) {
    checkSandboxSupport();
    sandboxChecked = true;
  }
  const command = prepareSandbox(options);
  const child = spawn(command.command, command.args, { env: command.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = new Connection(child);
  child.on('error', (e) => {
    connection.stderr += `\n[harness] cannot start ${command.command}: ${e.message}`;
  });
  return { connection, command, modelRequests: () => readRequests(command.requestsLog) };
}

/** @param {string} file @returns {import('./model-server.mjs').RecordedRequest[]} */
export function readRequests(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

/**
 * Replaces every occurrence of `root` in strings and object keys with ROOT_PLACEHOLDER.
 * @template T @param {T} value @param {string} root @returns {T}
 */
export function normalizePaths(value, root) {
  /** @param {any} v @returns {any} */
  const walk = (v) => {
    if (typeof v === 'string') return v.split(root).join(ROOT_PLACEHOLDER);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [walk(k), walk(x)]));
    return v;
  };
  return walk(value);
}

/**
 * @typedef {{
 *   release: import('./releases.mjs').Release,
 *   root: string,
 *   work: string,
 *   connect: (script: import('./model-server.mjs').Script, options?: { record?: boolean }) => Connection,
 * }} ScenarioContext
 * @typedef {{ name: string, description: string, applies: (r: import('./releases.mjs').Release) => boolean, run: (h: ScenarioContext) => Promise<void> }} Scenario
 */

/**
 * Runs one scenario against one release in a fresh root. Exactly one connection is recorded;
 * others (set-up, such as writing history to resume) are not. Every connection is closed and,
 * unless `keep`, the root removed afterwards.
 * @param {Scenario} scenario
 * @param {string} version
 * @param {{ keep?: boolean }} [options]
 */
export async function runScenario(scenario, version, options = {}) {
  const release = releaseProfile(version);
  const root = makeRoot();
  /** @type {{ connection: Connection, record: boolean, modelRequests: () => import('./model-server.mjs').RecordedRequest[] }[]} */
  const sessions = [];
  const work = join(root, 'work');
  /** @type {ScenarioContext} */
  const context = {
    release,
    root,
    work,
    connect(script, { record = true } = {}) {
      if (record && sessions.some((s) => s.record)) throw new Error(`${scenario.name}: only one connection per scenario is recorded`);
      if (sessions.some((s) => !s.connection.exited))
        throw new Error(`${scenario.name}: close the previous connection before starting another`);
      const started = startServer({ version, root, script, name: `script-${sessions.length + 1}` });
      sessions.push({ connection: started.connection, record, modelRequests: started.modelRequests });
      return started.connection;
    },
  };
  try {
    await scenario.run(context);
    const recorded = sessions.find((s) => s.record);
    if (recorded === undefined) throw new Error(`${scenario.name}: no recorded connection`);
    await recorded.connection.settle();
    for (const s of sessions) await s.connection.close();
    const unparsed = recorded.connection.transcript.find((e) => 'unparsed' in e.message);
    if (unparsed) throw new Error(`${scenario.name}: the server wrote a line that is not JSON: ${unparsed.message.unparsed}`);
    return {
      transcript: normalizePaths(recorded.connection.transcript, root),
      modelRequests: normalizePaths(recorded.modelRequests(), root),
      stderr: recorded.connection.stderr,
      root,
    };
  } finally {
    for (const s of sessions) if (!s.connection.exited) s.connection.child.kill('SIGKILL');
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  }
}
