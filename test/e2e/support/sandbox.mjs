// Runs the real `codex app-server` against the scripted model server, inside a network namespace
// that has only loopback. Started as
//
//   unshare --net -- sh -c 'ip link set lo up && exec node sandbox.mjs ARGS'
//
// (`sandboxCommand()` below, or `spawn.ts`, builds that command line). Inside the namespace it
//   1. refuses to go on unless it is isolated: no network interface but loopback, and a
//      connection to an outside address fails at once with ENETUNREACH,
//   2. starts the model server on 127.0.0.1 from a script file, recording requests to a file,
//   3. writes a throw-away CODEX_HOME whose config.toml points the model provider at it,
//   4. runs `codex app-server` with this process's own stdin, stdout and stderr,
// and exits with the server's exit status. The parent talks JSON-RPC to the real server over
// the pipes it gave this process.
//
// ARGS: --codex BIN --root DIR --script FILE [--model NAME] [--env KEY=VALUE]... [-- CODEX_ARGS...]
// Under DIR it uses home/ (CODEX_HOME and HOME), work/ (the server's working directory) and
// writes requests.jsonl (what the model server got, one JSON object a line).

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScript, startModelServer } from './model-server.mjs';

export const SANDBOX_SCRIPT = fileURLToPath(import.meta.url);

/** The environment variable that carries the (dummy) API key of the scripted provider. */
export const API_KEY_ENV = 'CODEX_E2E_API_KEY';

/**
 * @typedef {{ codex: string, root: string, script: string, model?: string, env?: Record<string, string>, codexArgs?: string[] }} SandboxOptions
 * @typedef {{ command: string, args: string[], env: Record<string, string>, root: string, home: string, work: string, requestsLog: string }} SandboxCommand
 */

/** Where the sandbox keeps its files under `root`. @param {string} root */
export function sandboxPaths(root) {
  return { home: join(root, 'home'), work: join(root, 'work'), requestsLog: join(root, 'requests.jsonl') };
}

/**
 * The command line that starts the sandbox: `unshare` (with a user namespace when not root),
 * bringing loopback up, then this file under the current node.
 * @param {SandboxOptions} options
 * @returns {SandboxCommand}
 */
export function sandboxCommand(options) {
  const args = ['--codex', resolve(options.codex), '--root', resolve(options.root), '--script', resolve(options.script)];
  if (options.model) args.push('--model', options.model);
  for (const [k, v] of Object.entries(options.env ?? {})) args.push('--env', `${k}=${v}`);
  if (options.codexArgs?.length) args.push('--', ...options.codexArgs);
  const unshare = process.getuid?.() === 0 ? ['--net'] : ['--user', '--map-root-user', '--net'];
  return {
    command: 'unshare',
    // The node path and the arguments reach `sh` as positional parameters, never as code.
    args: [...unshare, '--', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, SANDBOX_SCRIPT, ...args],
    // `ip` lives in an sbin folder, which a non-root PATH may lack.
    env: { PATH: `${process.env.PATH ?? '/usr/bin:/bin'}:/usr/sbin:/sbin`, LANG: 'C.UTF-8' },
    root: resolve(options.root),
    ...sandboxPaths(resolve(options.root)),
  };
}

/**
 * Checks once that this machine can run the sandbox (`unshare --net` permitted, `ip` present):
 * throws an error that says what is missing, never skips.
 */
export function checkSandboxSupport() {
  const probe = sandboxCommand({ codex: '/bin/true', root: '/nonexistent', script: '/nonexistent' });
  const unshareArgs = probe.args.slice(0, probe.args.indexOf('--'));
  const r = spawnSync('unshare', [...unshareArgs, '--', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8', env: probe.env });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || `exit status ${r.status}`).trim();
    throw new Error(
      `the e2e sandbox cannot start: \`unshare ${unshareArgs.join(' ')} -- sh -c 'ip link set lo up'\` failed: ${why}\n` +
        'It needs util-linux unshare with permission to create a network namespace (root, or unprivileged user namespaces) and iproute2 `ip`.',
    );
  }
}

/**
 * Tries a TCP connection and reports how it ended: 'connected', an error code, or 'timeout'.
 * @param {string} host @param {number} port @param {number} [guardMs]
 * @returns {Promise<string>}
 */
export function tryConnect(host, port, guardMs = 5_000) {
  return new Promise((resolveResult) => {
    const socket = connect({ host, port });
    const finish = (/** @type {string} */ result) => {
      clearTimeout(timer);
      socket.destroy();
      resolveResult(result);
    };
    const timer = setTimeout(() => finish('timeout'), guardMs);
    socket.once('connect', () => finish('connected'));
    socket.once('error', (/** @type {NodeJS.ErrnoException} */ e) => finish(e.code ?? e.message));
  });
}

/**
 * An address off loopback (TEST-NET-1). Where a route exists, connecting to it ends in a refusal,
 * a timeout or a connection; only in a namespace without routes does connect() fail at once with
 * ENETUNREACH.
 */
const OUTSIDE_PROBE = { host: '192.0.2.1', port: 9 };

/** Throws unless this process is in a loopback-only network namespace. */
async function assertIsolated() {
  const outside = outsideInterfaces();
  if (outside.length > 0) {
    throw new Error(
      `refusing to run: network interfaces other than loopback are present (${outside.join(', ')}); start this file through unshare --net`,
    );
  }
  const result = await tryConnect(OUTSIDE_PROBE.host, OUTSIDE_PROBE.port, 3_000);
  if (result !== 'ENETUNREACH') {
    throw new Error(`refusing to run: a connection to ${OUTSIDE_PROBE.host}:${OUTSIDE_PROBE.port} ended with ${result}, not ENETUNREACH`);
  }
}

/** Names of the network interfaces that are not loopback. */
export function outsideInterfaces() {
  return Object.entries(networkInterfaces())
    .filter(([, addrs]) => (addrs ?? []).some((a) => !a.internal))
    .map(([name]) => name);
}

/**
 * config.toml of the throw-away CODEX_HOME: the scripted provider as the default, no retries,
 * nothing else. Approval policy and sandbox are left to each thread.
 * @param {string} modelUrl
 * @param {string} model
 */
export function configToml(modelUrl, model) {
  return [
    `model = ${JSON.stringify(model)}`,
    'model_provider = "scripted"',
    '',
    '[model_providers.scripted]',
    'name = "Scripted model server"',
    `base_url = "${modelUrl}/v1"`,
    'wire_api = "responses"',
    `env_key = "${API_KEY_ENV}"`,
    'request_max_retries = 0',
    'stream_max_retries = 0',
    'stream_idle_timeout_ms = 300000',
    '',
  ].join('\n');
}

/** @param {string[]} argv */
function parseArgs(argv) {
  /** @type {{ codex?: string, root?: string, script?: string, model: string, env: Record<string, string>, codexArgs: string[] }} */
  const out = { model: 'mock-model', env: {}, codexArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.codexArgs = argv.slice(i + 1);
      break;
    }
    const value = argv[++i];
    if (value === undefined) throw new Error(`${a} needs a value`);
    if (a === '--codex') out.codex = value;
    else if (a === '--root') out.root = value;
    else if (a === '--script') out.script = value;
    else if (a === '--model') out.model = value;
    else if (a === '--env') {
      const eq = value.indexOf('=');
      if (eq <= 0) throw new Error(`--env wants KEY=VALUE, got ${value}`);
      out.env[value.slice(0, eq)] = value.slice(eq + 1);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!out.codex || !out.root || !out.script)
    throw new Error('usage: sandbox.mjs --codex BIN --root DIR --script FILE [--model NAME] [--env K=V]... [-- CODEX_ARGS...]');
  return /** @type {{ codex: string, root: string, script: string, model: string, env: Record<string, string>, codexArgs: string[] }} */ (
    out
  );
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await assertIsolated();
  const { home, work, requestsLog } = sandboxPaths(opts.root);
  mkdirSync(home, { recursive: true });
  mkdirSync(work, { recursive: true });
  mkdirSync(join(opts.root, 'tmp'), { recursive: true });
  writeFileSync(requestsLog, '');

  const model = await startModelServer(readScript(opts.script), { requestsLog });
  writeFileSync(join(home, 'config.toml'), configToml(model.url, opts.model));

  // A `.mjs` stand-in for the server runs under this node (the isolation test uses one).
  const [file, args] = opts.codex.endsWith('.mjs')
    ? [process.execPath, [opts.codex, 'app-server', ...opts.codexArgs]]
    : [opts.codex, ['app-server', ...opts.codexArgs]];
  const child = spawn(file, args, {
    cwd: work,
    stdio: 'inherit',
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      HOME: home,
      CODEX_HOME: home,
      TMPDIR: join(opts.root, 'tmp'),
      [API_KEY_ENV]: 'dummy-key-for-the-scripted-model',
      ...opts.env,
    },
  });
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) process.on(signal, () => child.kill(signal));

  const status = await new Promise((resolveExit) => {
    child.on('error', (e) => {
      process.stderr.write(`[sandbox] cannot start ${opts.codex}: ${e.message}\n`);
      resolveExit(127);
    });
    child.on('exit', (code, signal) => resolveExit(code ?? (signal ? 128 : 1)));
  });
  await model.close();
  process.exit(status);
}

if (process.argv[1] === SANDBOX_SCRIPT) {
  main().catch((e) => {
    process.stderr.write(`[sandbox] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
