/**
 * `spawnAppServer()`: starts `codex app-server` as a child process and connects to it over its
 * stdin and stdout. It loads `node:child_process` when called (`process.getBuiltinModule`), so
 * the `/client` entry imports no Node built-in and bundles for a browser too (where only
 * `connect()` applies).
 */
import type { ChildProcess, SpawnOptions as NodeSpawnOptions } from 'node:child_process';
import type { Newest, Release } from '../releases.js';
import type { CloseInfo, CloseReason, Transport } from '../connection/peer.js';
import { ClientConnection, type ClientOptions } from './connection.js';

export interface SpawnOptions<R extends Release = Newest> extends ClientOptions<R> {
  /** The program: `codex` (found on PATH) by default. */
  readonly command?: string;
  /** Its arguments: `['app-server']` by default. */
  readonly args?: readonly string[];
  /** Its environment (replaces this process's; default: this process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /**
   * The server's stderr: `pipe` (default) keeps its last 64 KiB for error messages
   * (`stderrTail()`) and passes it to `onStderr`, or to this process's stderr when that is not
   * given; `inherit` shares this process's stderr; `ignore` drops it.
   */
  readonly stderr?: 'pipe' | 'inherit' | 'ignore';
  readonly onStderr?: (text: string) => void;
  /** After `close()` ends its stdin, how long the server gets to exit before SIGTERM, then SIGKILL. Default 5000 ms. */
  readonly killTimeoutMs?: number;
}

const STDERR_KEPT = 64 * 1024;

type ChildProcessModule = typeof import('node:child_process');

function childProcessModule(): ChildProcessModule {
  const load = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  const mod = typeof load === 'function' ? (load('node:child_process') as ChildProcessModule | undefined) : undefined;
  if (mod === undefined)
    throw new Error(
      'spawnAppServer needs Node.js 20.16 or later (process.getBuiltinModule); elsewhere use connect() over your own streams',
    );
  return mod;
}

/**
 * Starts `codex app-server` (or `command` with `args`) and returns a client connection to it.
 * The process is started at once; if it cannot be, the first request rejects and `closed`
 * resolves with the error.
 */
export function spawnAppServer<R extends Release = Newest>(options: SpawnOptions<R> = {}): ClientConnection<R> {
  const {
    command = 'codex',
    args = ['app-server'],
    env,
    cwd,
    stderr = 'pipe',
    onStderr,
    killTimeoutMs = 5_000,
    ...clientOptions
  } = options;
  const spawnOptions: NodeSpawnOptions = {
    stdio: ['pipe', 'pipe', stderr],
    ...(env === undefined ? {} : { env: { ...env } }),
    ...(cwd === undefined ? {} : { cwd }),
  };
  const child: ChildProcess = childProcessModule().spawn(command, [...args], spawnOptions);
  let tail = '';
  if (child.stderr !== null) {
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => {
      tail = (tail + text).slice(-STDERR_KEPT);
      if (onStderr !== undefined) onStderr(text);
      else (globalThis as { process?: { stderr?: { write(text: string): unknown } } }).process?.stderr?.write(text);
    });
  }
  let startError: Error | undefined;
  const exited = new Promise<Partial<CloseInfo>>((resolve) => {
    child.once('error', (e) => {
      startError ??= e;
      // A process that never started emits no 'close' of its own.
      if (child.pid === undefined) resolve({ error: new Error(`cannot start ${command}: ${e.message}`, { cause: e }) });
    });
    child.once('close', (code, signal) => resolve({ exitCode: code, signal }));
  });
  const transport: Transport = {
    input: child.stdout!,
    output: child.stdin!,
    stderrTail: () => tail,
    watch: (fail) => child.once('error', (e) => fail(e, child.pid === undefined ? `cannot start ${command}` : command)),
    async finish(_reason: CloseReason) {
      const kill = (signal: NodeJS.Signals, after: number) =>
        setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        }, after);
      const term = kill('SIGTERM', killTimeoutMs);
      const hard = kill('SIGKILL', 2 * killTimeoutMs);
      const exit = await exited;
      clearTimeout(term);
      clearTimeout(hard);
      return startError !== undefined && exit.error === undefined && child.pid === undefined ? { ...exit, error: startError } : exit;
    },
  };
  return new ClientConnection<R>(transport, clientOptions);
}
