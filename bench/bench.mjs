// npm run bench: prints figures side by side; never asserts on time. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Throughput -------------------------------------------------------------------------------
// Measured in fresh processes, one after the other: a process's figures also depend on where its
// heap and compiled code landed and on the load of the moment, so the median over processes is
// reported, with each process's own figure beside it.
const PROCESSES = 5;
const runs = Array.from({ length: PROCESSES }, () => {
  const r = spawnSync(node, [join(root, 'bench/throughput.mjs')], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`throughput run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
});
const { messages, bytes, rounds, size } = runs[0];
/** The median over the processes of one figure of the `peer` row. */
const mid = (peer, figure) => median(runs.map((r) => r[peer][figure]));

// --- Cold start (fresh processes) --------------------------------------------------------------
const sample = {
  client: JSON.stringify({ id: 1, method: 'thread/start', params: { model: 'gpt-5.1-codex' } }),
  server: JSON.stringify({ method: 'item/agentMessage/delta', params: { threadId: 't', turnId: '0', itemId: 'i', delta: 'hi' } }),
};
const scripts = {
  'bare node': '',
  'bare node, ES module entry': 'void 0;',
  'runtime: import + validate one message per direction': `
    import { parse } from ${JSON.stringify(join(root, 'dist/src/runtime/index.js'))};
    if (!parse(${JSON.stringify(sample.client)}, 'clientToServer').ok || !parse(${JSON.stringify(sample.server)}, 'serverToClient').ok) process.exit(1);`,
  'partner path: Ajv compiles the bundle unions': `
    import { Ajv } from 'ajv';
    import { readFileSync } from 'node:fs';
    const ajv = new Ajv({ strict: true, discriminator: true });
    ajv.addSchema(JSON.parse(readFileSync(${JSON.stringify(join(root, 'generated/json/codex_app_server_protocol.schemas.json'))}, 'utf8')), 'b');
    const c = ajv.getSchema('b#/definitions/ClientRequest'), s = ajv.getSchema('b#/definitions/ServerNotification');
    ajv.getSchema('b#/definitions/ServerRequest'); ajv.getSchema('b#/definitions/ClientNotification');
    if (!c(JSON.parse(${JSON.stringify(sample.client)})) || !s(JSON.parse(${JSON.stringify(sample.server)}))) process.exit(1);`,
  'TypeBox Compile of the definitions': `
    import { Compile } from 'typebox/compile';
    import { definitionModules } from ${JSON.stringify(join(root, 'dist/src/definitions.js'))};
    import { isDef } from ${JSON.stringify(join(root, 'dist/src/schema.js'))};
    const ctx = {};
    for (const m of definitionModules) for (const v of Object.values(m)) if (isDef(v)) ctx[v.key] = v.schema;
    const c = Compile(ctx, { $ref: 'ClientRequest' }), s = Compile(ctx, { $ref: 'ServerNotification' });
    if (!c.Check(JSON.parse(${JSON.stringify(sample.client)})) || !s.Check(JSON.parse(${JSON.stringify(sample.server)}))) process.exit(1);`,
};
/** Wall time of one fresh process running `script` ('' for bare node). */
function spawnTime(script) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, script === '' ? ['-e', '0'] : ['--input-type=module', '-e', script], { cwd: root, stdio: 'pipe' });
  if (r.status !== 0) throw new Error(`cold start script failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}
/** Median per script over `rounds` rounds; each round runs every script once (after one unmeasured round), so drift hits all alike. */
function coldStarts(rounds = 11) {
  const entries = Object.entries(scripts);
  entries.forEach(([, s]) => spawnTime(s));
  const times = entries.map(() => []);
  for (let r = 0; r < rounds; r++) entries.forEach(([, s], i) => times[i].push(spawnTime(s)));
  return Object.fromEntries(entries.map(([name], i) => [name, median(times[i])]));
}
const cold = coldStarts();

// --- Hostile input ---------------------------------------------------------------------------------
const hostileRun = spawnSync(node, [join(root, 'bench/hostile.mjs')], { cwd: root, stdio: 'pipe', encoding: 'utf8', maxBuffer: 1 << 24 });
if (hostileRun.status !== 0) throw new Error(`hostile run failed: ${hostileRun.stderr}`);
const hostile = JSON.parse(hostileRun.stdout);

// --- Full export ---------------------------------------------------------------------------------
const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
const exportTimes = [];
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, [join(root, 'bin/export.js'), '--out', out], { cwd: root, stdio: 'pipe' });
  exportTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
}
rmSync(out, { recursive: true, force: true });

// --- Report --------------------------------------------------------------------------------------
const bare = cold['bare node'];
console.log(`corpus: ${fmt(messages)} messages, ${fmt(bytes / 1024, 0)} KiB (deltas, item lifecycle, approvals, token usage; v2 and codex/event)`);
console.log('');
console.log(`throughput (${PROCESSES} fresh processes, medians; in each, ${rounds} rounds over slices of ${size} messages, alternating order, least time per slice)`);
const pct = (x) => `${fmt(x * 100, 1)} %`;
const signed = (x) => `${x >= 0 ? '+' : ''}${pct(x)}`;
console.log(`  ${''.padEnd(40)} ${'messages'.padStart(8)} ${'JSON.parse only'.padStart(15)} ${'parse + validate'.padStart(18)} ${'throughput drop'.padStart(16)}`);
for (const [peer, name] of [['client', 'client (parses what the server sends)'], ['server', 'server (parses what the client sends)'], ['all', 'both']]) {
  const ratio = mid(peer, 'ratio');
  console.log(`  ${name.padEnd(40)} ${fmt(runs[0][peer].messages).padStart(8)} ${fmt(mid(peer, 'plain')).padStart(11)} msg/s ${fmt(mid(peer, 'checked')).padStart(12)} msg/s ${pct(1 - 1 / ratio).padStart(16)}`);
}
const ratios = runs.map((r) => r.all.ratio).sort((a, b) => a - b);
const overall = median(ratios);
console.log(`  overhead (both): throughput ${pct(1 - 1 / overall)} below parse-only; time per message ${signed(overall - 1)} (processes: ${ratios.map((x) => signed(x - 1)).join(', ')})`);
const loaded = runs.map((r) => r.pairedMedian).sort((a, b) => a - b);
console.log(`  under this machine's load (median of the paired slice ratios): time per message ${signed(median(loaded) - 1)} (processes: ${loaded.map((x) => signed(x - 1)).join(', ')})`);
console.log('');
console.log('cold start, fresh process (median of 11 interleaved rounds)');
for (const [name, ms] of Object.entries(cold)) {
  console.log(`  ${name.padEnd(52)} ${fmt(ms, 1).padStart(8)} ms${name === 'bare node' ? '' : `   (${ms >= bare ? '+' : ''}${fmt(ms - bare, 1)} ms over bare node)`}`);
}
console.log('');
console.log('hostile input (least of 5 runs; the worst cases of test/hostile.test.ts)');
for (const c of hostile) console.log(`  ${c.name.padEnd(50)} ${fmt(c.mb, 2).padStart(6)} MB ${fmt(c.ms, 1).padStart(9)} ms ${fmt(c.msPerMb, 1).padStart(8)} ms/MB  ${c.verdict}`);
console.log('');
console.log(`full export (every output of every release), median of 3: ${fmt(median(exportTimes), 0)} ms`);
spawnSync(node, [join(root, 'bench/partners.mjs')], { cwd: root, stdio: 'inherit' }); // partners' validators: Python jsonschema per bundle
console.log(`\n${spawnSync(node, [join(root, 'bench/connection.mjs')], { cwd: root, encoding: 'utf8' }).stdout.trim()}`);
