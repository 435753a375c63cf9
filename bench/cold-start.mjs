// Cold start, for `npm run bench`: wall time of a fresh process that imports a validator and checks
// one message per direction, against bare node. Each release's runtime is timed the way a
// consumer loads it: from the package's runtime entry (which carries every release: the newest by
// default, 0.64.0 through `{ release }`), and alone from its /releases/<version>/runtime entry
// (which loads only that release's checks).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lit = JSON.stringify;
const dist = (path) => lit(join(root, 'dist', path));

/** One message per direction, in the shapes of each release's captures. */
const samples = {
  '0.171.0': {
    client: lit({ id: 2, method: 'thread/start', params: { cwd: '/tmp/codex-e2e/work', model: 'gpt-5.5' } }),
    server: lit({
      method: 'item/agentMessage/delta',
      params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' },
      emittedAtMs: 1796165466932,
    }),
  },
  '0.64.0': {
    client: lit({ id: 2, method: 'thread/start', params: { cwd: '/tmp/codex-e2e/work', model: 'gpt-5.1-codex' } }),
    server: lit({ method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' } }),
  },
};

/** A script that parses the release's samples with `parse` (imported from `entry`, called with `extra` as options). */
const runtimeScript = (entry, release, extra = '') => `
  import { parse } from ${dist(entry)};
  if (!parse(${lit(samples[release].client)}, 'clientToServer'${extra}).ok || !parse(${lit(samples[release].server)}, 'serverToClient'${extra}).ok) process.exit(1);`;

export const scripts = {
  'bare node': '',
  'bare node, ES module entry': 'void 0;',
  'runtime 0.171.0 (newest): import + validate 1 per direction': runtimeScript('src/runtime/index.js', '0.171.0'),
  'runtime 0.171.0 alone (/releases/0.171.0/runtime)': runtimeScript('src/runtime/releases/0.171.0.js', '0.171.0'),
  'runtime 0.64.0 via { release: "0.64.0" }': runtimeScript('src/runtime/index.js', '0.64.0', ", { release: '0.64.0' }"),
  'runtime 0.64.0 alone (/releases/0.64.0/runtime)': runtimeScript('src/runtime/releases/0.64.0.js', '0.64.0'),
  'partner path: Ajv compiles the 0.171.0 bundle unions': `
    import { Ajv } from 'ajv';
    import { readFileSync } from 'node:fs';
    const ajv = new Ajv({ strict: true, discriminator: true });
    ajv.addSchema(JSON.parse(readFileSync(${lit(join(root, 'generated/json/codex_app_server_protocol.schemas.json'))}, 'utf8')), 'b');
    const c = ajv.getSchema('b#/definitions/ClientRequest'), s = ajv.getSchema('b#/definitions/ServerNotification');
    ajv.getSchema('b#/definitions/ServerRequest'); ajv.getSchema('b#/definitions/ClientNotification');
    if (!c(JSON.parse(${lit(samples['0.171.0'].client)})) || !s(JSON.parse(${lit(samples['0.171.0'].server)}))) process.exit(1);`,
  'TypeBox Compile of the 0.171.0 definitions': `
    import { Compile } from 'typebox/compile';
    import { protocolFor } from ${dist('src/protocol.js')};
    const ctx = {};
    for (const d of protocolFor('0.171.0').defs) ctx[d.key] = d.schema;
    const c = Compile(ctx, { $ref: 'ClientRequest' }), s = Compile(ctx, { $ref: 'ServerNotification' });
    if (!c.Check(JSON.parse(${lit(samples['0.171.0'].client)})) || !s.Check(JSON.parse(${lit(samples['0.171.0'].server)}))) process.exit(1);`,
};

/** Wall time of one fresh process running `script` ('' for bare node). */
function spawnTime(name, script) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, script === '' ? ['-e', '0'] : ['--input-type=module', '-e', script], {
    cwd: root,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cold start script "${name}" failed (status ${String(r.status)}): ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Median per script over `rounds` rounds; each round runs every script once (after one unmeasured round), so drift hits all alike. */
export function coldStarts(rounds = 11) {
  const entries = Object.entries(scripts);
  for (const [name, s] of entries) spawnTime(name, s);
  const times = entries.map(() => []);
  for (let r = 0; r < rounds; r++) entries.forEach(([name, s], i) => times[i].push(spawnTime(name, s)));
  return Object.fromEntries(entries.map(([name], i) => [name, median(times[i])]));
}
