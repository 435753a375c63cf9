// A stand-in for `codex app-server` that the isolation test runs through the sandbox: from the
// server's own place (same namespace, environment and CODEX_HOME) it tries the network and prints
// one JSON line with what happened. Targets outside come as JSON in CODEX_E2E_PROBE_TARGETS
// (["host:port", ...]); the scripted model server (from config.toml) is tried on loopback.

import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tryConnect } from './sandbox.mjs';

/** @param {string} target */
function split(target) {
  const at = target.lastIndexOf(':');
  return { host: target.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(target.slice(at + 1)) };
}

const home = process.env.CODEX_HOME ?? '';
const baseUrl = /base_url = "([^"]+)"/.exec(readFileSync(join(home, 'config.toml'), 'utf8'))?.[1] ?? '';
const model = new URL(baseUrl);

/** @type {string[]} */
const targets = JSON.parse(process.env.CODEX_E2E_PROBE_TARGETS ?? '[]');
const outside = [];
for (const target of targets) {
  const { host, port } = split(target);
  outside.push({ target, result: await tryConnect(host, port) });
}
let dns;
try {
  dns = `resolved ${(await lookup('registry.npmjs.org')).address}`;
} catch (e) {
  dns = /** @type {NodeJS.ErrnoException} */ (e).code ?? String(e);
}
const modelServer = await tryConnect(model.hostname, Number(model.port));
process.stdout.write(
  `${JSON.stringify({ argv: process.argv.slice(2), outside, dns, modelServer: { target: model.host, result: modelServer } })}\n`,
);
