// npm run bench: prints figures side by side, for each release; never asserts on time. Run after
// `npm run build`. Every figure comes from fresh processes (see bench/README.md).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStarts } from './cold-start.mjs';
import { composition, corpusFor, RELEASES } from './corpora.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const NEWEST = RELEASES[RELEASES.length - 1];
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x) => `${fmt(x * 100, 1)} %`;
const signed = (x) => `${x >= 0 ? '+' : ''}${pct(x)}`;

/** Runs a bench script in a fresh process; its stdout. */
function run(script, args = []) {
  const r = spawnSync(node, [join(root, 'bench', script), ...args], { cwd: root, stdio: 'pipe', encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

// --- Corpora (each checked against its release before anything is timed) ----------------------------
const SOURCES = { synthetic: 9, captured: 3 }; // fresh processes per corpus (one process's drop moves by a few points)
const corpora = new Map();
for (const release of RELEASES) for (const source of Object.keys(SOURCES)) corpora.set(`${release} ${source}`, corpusFor(release, source));

// --- Throughput ----------------------------------------------------------------------------------
// Measured in fresh processes, one after the other: a process's figures also depend on where its
// heap and compiled code landed and on the load of the moment, so the median over processes is
// reported, with each process's own figure beside it.
const throughput = [];
for (const release of RELEASES) {
  for (const [source, processes] of Object.entries(SOURCES)) {
    throughput.push({
      release,
      source,
      runs: Array.from({ length: processes }, () => JSON.parse(run('throughput.mjs', [release, source]))),
    });
  }
}

const cold = coldStarts();
const hostile = JSON.parse(run('hostile.mjs'));

// --- Full export ---------------------------------------------------------------------------------
const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
const exportTimes = [];
for (let i = 0; i < 3; i++) {
  const t = process.hrtime.bigint();
  const r = spawnSync(node, [join(root, 'bin/export.js'), '--out', out], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
  exportTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  if (r.status !== 0) throw new Error(`export failed: ${r.stderr}`);
}
rmSync(out, { recursive: true, force: true });

// --- Report --------------------------------------------------------------------------------------
console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
console.log('');
console.log("corpora (synthetic: a few coding turns in the release's shapes; captured: the real server's transcripts, replayed)");
for (const { release, source, runs } of throughput) {
  const mix = composition(corpora.get(`${release} ${source}`))
    .slice(0, 5)
    .map(([method, n]) => `${method} ${fmt((n / runs[0].messages) * 100)} %`)
    .join(', ');
  console.log(
    `  ${release.padEnd(8)} ${source.padEnd(9)} ${fmt(runs[0].messages).padStart(7)} messages ${fmt(runs[0].bytes / 1024).padStart(6)} KiB: ${mix}, ...`,
  );
}
console.log('');
const { rounds, size } = throughput[0].runs[0];
console.log(
  `throughput, parse + validate vs JSON.parse alone (fresh processes, medians; in each, ${rounds} rounds over slices of ${size} messages, alternating order, least time per slice)`,
);
console.log(
  `  ${'release'.padEnd(8)} ${'corpus'.padEnd(9)} ${'JSON.parse only'.padStart(15)} ${'parse + validate'.padStart(18)} ${'drop: client'.padStart(12)} ${'server'.padStart(7)} ${'both'.padStart(7)} ${'reader off'.padStart(10)}  both, per process (time per message)`,
);
const drops = {};
for (const { release, source, runs } of throughput) {
  const mid = (peer, figure) => median(runs.map((r) => r[peer][figure]));
  const drop = (peer, figure = 'ratio') => 1 - 1 / mid(peer, figure);
  drops[`${release} ${source}`] = { shipped: drop('all'), unread: drop('all', 'unreadRatio') };
  const each = runs.map((r) => signed(r.all.ratio - 1)).join(', ');
  console.log(
    `  ${release.padEnd(8)} ${source.padEnd(9)} ${fmt(mid('all', 'plain')).padStart(9)} msg/s ${fmt(mid('all', 'checked')).padStart(12)} msg/s ${pct(drop('client')).padStart(12)} ${pct(drop('server')).padStart(7)} ${pct(drop('all')).padStart(7)} ${pct(drop('all', 'unreadRatio')).padStart(10)}  ${each}`,
  );
}
console.log(
  `  (drop: throughput below JSON.parse alone, negative when above it; client: what the server sends, server: what the client sends;`,
);
console.log(`   reader off: both, with the layout reader of the streaming notifications turned off, so JSON.parse + validation)`);
const newest = drops[`${NEWEST} synthetic`];
console.log(
  `  newest (${NEWEST}), synthetic corpus: parse + validate is ${newest.shipped >= 0 ? `${pct(newest.shipped)} below` : `${pct(-newest.shipped)} above`} parse-only throughput (goal: within 10 % below); with the reader off, ${pct(newest.unread)} below`,
);
console.log('');
const bare = cold['bare node'];
console.log('cold start, fresh process (median of 11 interleaved rounds)');
for (const [name, ms] of Object.entries(cold)) {
  console.log(
    `  ${name.padEnd(60)} ${fmt(ms, 1).padStart(8)} ms${name === 'bare node' ? '' : `   (${ms >= bare ? '+' : ''}${fmt(ms - bare, 1)} ms over bare node)`}`,
  );
}
console.log('');
console.log('hostile input (least of 5 runs; the worst cases of test/hostile.test.ts)');
for (const c of hostile)
  console.log(
    `  ${c.name.padEnd(50)} ${fmt(c.mb, 2).padStart(6)} MB ${fmt(c.ms, 1).padStart(9)} ms ${fmt(c.msPerMb, 1).padStart(8)} ms/MB  ${c.verdict}`,
  );
console.log('');
console.log(`full export (every output of every release), median of 3: ${fmt(median(exportTimes), 0)} ms`);
console.log('');
process.stdout.write(run('partners.mjs')); // partners' validators: Python jsonschema per bundle
console.log('');
process.stdout.write(run('connection.mjs', RELEASES));
