/**
 * How to start the real `codex app-server` of one release in the loopback-only sandbox, against
 * the scripted model server: the command, arguments and environment to hand to any process
 * spawner. The spawned process speaks the app-server protocol on its stdin and stdout.
 *
 *   const s = sandboxSpawn({ version: '0.171.0', script: { responses: [...] } });
 *   const child = spawn(s.command, s.args, { env: s.env, stdio: ['pipe', 'pipe', 'inherit'] });
 *   // ... talk JSON-RPC over child.stdin / child.stdout; then close stdin and removeSandbox(s)
 */
import { rmSync } from 'node:fs';
import { makeRoot, prepareSandbox, readRequests } from './harness.mjs';
import type { RecordedRequest, Script } from './model-server.mjs';

export type { RecordedRequest, Script, Step } from './model-server.mjs';

export interface SandboxSpawnOptions {
  /** Release to run (installed on demand), e.g. `0.171.0`. */
  readonly version: string;
  /** What the scripted model answers, one entry per request to `…/responses`. */
  readonly script: Script;
  /** Folder for CODEX_HOME, the working directory and the request log; a fresh one by default. */
  readonly root?: string;
  /** Model named in config.toml; the release's scenario model by default. */
  readonly model?: string;
  /** Extra environment for the server (e.g. `RUST_LOG`). */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra arguments after `codex app-server`. */
  readonly codexArgs?: readonly string[];
}

export interface SandboxSpawn {
  readonly command: string;
  readonly args: string[];
  readonly env: Record<string, string>;
  /** The run's folder: `home/` (CODEX_HOME), `work/` (server cwd), `requests.jsonl`. */
  readonly root: string;
  readonly home: string;
  readonly work: string;
  readonly requestsLog: string;
}

export function sandboxSpawn(options: SandboxSpawnOptions): SandboxSpawn {
  return prepareSandbox({
    version: options.version,
    root: options.root ?? makeRoot(),
    script: options.script,
    model: options.model,
    env: options.env === undefined ? undefined : { ...options.env },
    codexArgs: options.codexArgs === undefined ? undefined : [...options.codexArgs],
  });
}

/** What the scripted model server has received so far, in order. */
export function modelRequests(spawned: SandboxSpawn): RecordedRequest[] {
  return readRequests(spawned.requestsLog);
}

/** Deletes the run's folder (after the server has exited). */
export function removeSandbox(spawned: SandboxSpawn): void {
  rmSync(spawned.root, { recursive: true, force: true });
}
