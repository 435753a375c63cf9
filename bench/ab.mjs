// A/B of two builds in one process, for work on the hot path: `node bench/ab.mjs A B [RELEASE]`,
// where A and B are package roots, each with its own `npm run build` output in dist/ (a clone, a
// worktree, a copy of dist/ beside this package.json). Not part of `npm run bench`.
//
// Throughput figures from separate processes compare each build with JSON.parse in its own
// process, and JSON.parse itself runs a few percent faster or slower from one build to another
// (where the heap and the compiled code landed): a change can move the drop that way with no
// change to the time of the checks at all. Here both builds run in the same process, over the
// same lines, slice by slice in rotating order with JSON.parse alone: B / A is the time of B's
// parse + validate over A's, and each build's drop comes from the same JSON.parse figures.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const [a, b, release = '0.171.0', once] = process.argv.slice(2);
if (a === undefined || b === undefined) {
  console.error('usage: node bench/ab.mjs A B [RELEASE]   (A, B: package roots with a built dist/)');
  process.exit(2);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const pct = (x) => `${(x * 100).toFixed(1)} %`;

/** One process: both builds and JSON.parse alone, in rotation over the release's synthetic corpus. */
async function measureOnce() {
  const load = async (root) => (await import(pathToFileURL(resolve(root, 'dist/src/runtime/index.js')).href)).runtimeFor(release);
  const builds = [await load(a), await load(b)];
  const { corpusFor } = await import('./corpora.mjs');
  const { parseOnly, peerLoops, peerStreams } = await import('./loops.mjs');
  const peers = builds.map(peerLoops);
  // Slices of each peer's stream, as throughput.mjs times them: per slice, A's loop, B's, and JSON.parse alone.
  const slices = [];
  for (const [direction, stream] of Object.entries(peerStreams(corpusFor(release, 'synthetic'))))
    for (let i = 0; i < stream.length; i += 500)
      slices.push({ loops: [...peers.map((p) => p[direction]), parseOnly], lines: stream.slice(i, i + 500) });
  const messages = slices.reduce((n, s) => n + s.lines.length, 0);
  for (const { loops, lines } of slices)
    for (const loop of loops.slice(0, 2)) if (loop(lines) !== lines.length) throw new Error('a build refuses the corpus');
  for (let w = 0; w < 5; w++) for (const { loops, lines } of slices) for (const loop of loops) loop(lines);
  const least = [0, 1, 2].map(() => slices.map(() => Infinity));
  for (let r = 0; r < 40; r++) {
    slices.forEach(({ loops, lines }, i) => {
      for (let k = 0; k < 3; k++) {
        const j = (k + r + i) % 3;
        const t = process.hrtime.bigint();
        loops[j](lines);
        least[j][i] = Math.min(least[j][i], Number(process.hrtime.bigint() - t));
      }
    });
  }
  const [ta, tb, tp] = least.map((xs) => xs.reduce((n, x) => n + x, 0));
  return { ratio: tb / ta, dropA: 1 - tp / ta, dropB: 1 - tp / tb, nsA: ta / messages, nsB: tb / messages };
}

if (once === '--once') console.log(JSON.stringify(await measureOnce()));
else {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const r = spawnSync(process.execPath, [here, a, b, release, '--once'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  console.log(`A: ${a}\nB: ${b}\n${release}, synthetic corpus, 7 fresh processes (medians; per process in brackets)`);
  console.log(
    `  B / A, time of parse + validate: ${median(runs.map((r) => r.ratio)).toFixed(4)}  (${runs.map((r) => r.ratio.toFixed(3)).join(', ')})`,
  );
  for (const [name, key, ns] of [
    ['A', 'dropA', 'nsA'],
    ['B', 'dropB', 'nsB'],
  ])
    console.log(`  ${name}: drop ${pct(median(runs.map((r) => r[key])))}, ${median(runs.map((r) => r[ns])).toFixed(0)} ns per message`);
}
