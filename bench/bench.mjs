// npm run bench: prints figures side by side; never asserts on time. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, validateResult } from '../dist/src/runtime/index.js';
import { corpus } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Throughput -------------------------------------------------------------------------------
const entries = corpus();
const lines = entries.map(([direction, message, answers]) => [direction, JSON.stringify(message), answers]);
const bytes = lines.reduce((n, [, l]) => n + l.length, 0);

function parseOnly() {
  let sink = 0;
  for (const [, line] of lines) sink += JSON.parse(line) === null ? 0 : 1;
  return sink;
}
function parseAndValidate() {
  let ok = 0;
  for (const [direction, line, answers] of lines) {
    const r = parse(line, direction);
    if (r.ok && (r.kind !== 'response' || validateResult(answers, r.message.result).ok)) ok++;
  }
  if (ok !== lines.length) throw new Error(`corpus: ${lines.length - ok} messages did not validate`);
  return ok;
}
/**
 * Both functions, measured in paired rounds after a warm-up: each round times one pass of each,
 * in alternating order, so that load from other processes hits both alike. Returns the median
 * rates and the median of the per-round time ratios (checked / plain), which is what the
 * overhead figure is computed from.
 */
function paired(plainFn, checkedFn, rounds = 31, warmup = 3) {
  for (let i = 0; i < warmup; i++) {
    plainFn();
    checkedFn();
  }
  const plainTimes = [];
  const checkedTimes = [];
  const ratios = [];
  const time = (fn) => {
    const t = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t) / 1e9;
  };
  for (let r = 0; r < rounds; r++) {
    let p, c;
    if (r % 2 === 0) {
      p = time(plainFn);
      c = time(checkedFn);
    } else {
      c = time(checkedFn);
      p = time(plainFn);
    }
    plainTimes.push(p);
    checkedTimes.push(c);
    ratios.push(c / p);
  }
  return { plain: lines.length / median(plainTimes), checked: lines.length / median(checkedTimes), ratio: median(ratios), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75) };
}
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
const throughput = paired(parseOnly, parseAndValidate);

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
console.log(`corpus: ${fmt(lines.length)} messages, ${fmt(bytes / 1024, 0)} KiB (deltas, item lifecycle, approvals, token usage; v2 and codex/event)`);
console.log('');
console.log('throughput (31 paired rounds, alternating order; medians)');
console.log(`  JSON.parse only            ${fmt(throughput.plain).padStart(12)} msg/s`);
console.log(`  parse + validate (runtime) ${fmt(throughput.checked).padStart(12)} msg/s`);
const pct = (x) => `${fmt(x * 100, 1)} %`;
const signed = (x) => `${x >= 0 ? "+" : ""}${pct(x)}`;
console.log(`  overhead: throughput ${pct(1 - 1 / throughput.ratio)} below parse-only; time per message ${signed(throughput.ratio - 1)} (quartiles ${signed(throughput.q1 - 1)} .. ${signed(throughput.q3 - 1)})`);
console.log('');
console.log('cold start, fresh process (median of 11 interleaved rounds)');
for (const [name, ms] of Object.entries(cold)) {
  console.log(`  ${name.padEnd(52)} ${fmt(ms, 1).padStart(8)} ms${name === 'bare node' ? '' : `   (${ms >= bare ? '+' : ''}${fmt(ms - bare, 1)} ms over bare node)`}`);
}
console.log('');
console.log(`full export (json + typescript + validators), median of 3: ${fmt(median(exportTimes), 0)} ms`);
