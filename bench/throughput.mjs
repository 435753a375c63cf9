// Throughput of the runtime against JSON.parse alone, for `npm run bench`, which runs this file in
// fresh processes (`node bench/throughput.mjs`): each measures once and prints its figures as JSON.
import { fileURLToPath } from 'node:url';
import { NEWEST, runtimeFor } from '../dist/src/runtime/index.js';
import { corpusFor } from './corpora.mjs';
import { parseOnly, peerLoops, peerStreams, runtimeWithoutReader } from './loops.mjs';

/**
 * `node bench/throughput.mjs [RELEASE] [synthetic|captured]`: the release's runtime on a corpus of
 * its traffic (synthetic: corpus.mjs or corpus-<release>.mjs, in that release's shapes; captured:
 * the real server's transcripts), checked to validate before anything is timed (corpora.mjs).
 */
const [release = NEWEST, source = 'synthetic'] = process.argv.slice(2);
const loops = peerLoops(runtimeFor(release));
/** The same peers with the layout reader off: JSON.parse, then the checks (what validation alone costs). */
const unreadLoops = peerLoops(await runtimeWithoutReader(release));

const time = (fn, slice) => {
  const t = process.hrtime.bigint();
  fn(slice);
  return Number(process.hrtime.bigint() - t);
};

/**
 * Each stream in slices of `size` messages (well under a millisecond each). Every round times
 * each slice under JSON.parse alone, under its peer's runtime loop and under the same loop with
 * the layout reader off (`unread`: JSON.parse, then the checks), back to back, the order
 * rotating from slice to slice and round to round, so that each goes first as often as the others.
 *
 * Other processes on a shared machine only ever add time (a preemption, a cache flushed by a
 * neighbour), and a slice this short is often timed with no such disturbance at all; so for each
 * slice and each loop the least time over the rounds is kept, and the figures come from the sums
 * of those minima. Every loop gets the same treatment, so none gains from it.
 *
 * Beside it, `pairedMedian` keeps what the load does: the median, over every slice and round, of
 * the ratio of the checked loop's time to JSON.parse's in the same round (a disturbance that hits
 * both cancels out; one that hits only one of them counts). It reads higher on a busy machine.
 */
export function measureThroughput(streams, { rounds = 40, size = 500, warmup = 5 } = {}) {
  const LOOPS = ['plain', 'checked', 'unread'];
  const slices = [];
  for (const [direction, stream] of Object.entries(streams)) {
    const run = { plain: parseOnly, checked: loops[direction], unread: unreadLoops[direction] };
    for (let i = 0; i < stream.length; i += size) slices.push({ direction, run, messages: stream.slice(i, i + size) });
  }
  for (const slice of slices) {
    for (const loop of ['checked', 'unread']) {
      const n = slice.run[loop](slice.messages);
      if (n !== slice.messages.length) throw new Error(`corpus: ${slice.messages.length - n} ${slice.direction} messages did not validate`);
    }
  }
  for (let w = 0; w < warmup; w++) for (const s of slices) for (const loop of LOOPS) s.run[loop](s.messages);
  const least = Object.fromEntries(LOOPS.map((loop) => [loop, slices.map(() => Infinity)]));
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    slices.forEach((s, i) => {
      const took = {};
      for (let k = 0; k < LOOPS.length; k++) {
        const loop = LOOPS[(k + r + i) % LOOPS.length];
        took[loop] = time(s.run[loop], s.messages);
        least[loop][i] = Math.min(least[loop][i], took[loop]);
      }
      ratios.push(took.checked / took.plain);
    });
  }
  const total = (loop, pick) => slices.reduce((n, s, i) => (pick(s) ? n + least[loop][i] : n), 0);
  const count = (pick) => slices.reduce((n, s) => (pick(s) ? n + s.messages.length : n), 0);
  const figures = (pick) => ({
    messages: count(pick),
    plain: (count(pick) * 1e9) / total('plain', pick),
    checked: (count(pick) * 1e9) / total('checked', pick),
    ratio: total('checked', pick) / total('plain', pick),
    unreadRatio: total('unread', pick) / total('plain', pick),
  });
  return {
    rounds,
    size,
    all: figures(() => true),
    client: figures((s) => s.direction === 'serverToClient'),
    server: figures((s) => s.direction === 'clientToServer'),
    pairedMedian: ratios.sort((a, b) => a - b)[Math.floor(ratios.length / 2)],
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = corpusFor(release, source);
  const streams = peerStreams(entries);
  const bytes = Object.values(streams).reduce((n, stream) => n + stream.reduce((m, e) => m + e.line.length, 0), 0);
  console.log(JSON.stringify({ release, source, messages: entries.length, bytes, ...measureThroughput(streams) }));
}
