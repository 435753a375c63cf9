// Throughput of the runtime against JSON.parse alone, for `npm run bench`, which runs this file in
// fresh processes (`node bench/throughput.mjs`): each measures once and prints its figures as JSON.
import { fileURLToPath } from 'node:url';
import { NEWEST, runtimeFor } from '../dist/src/runtime/index.js';
import { corpusFor } from './corpora.mjs';
import { parseOnly, peerLoops, peerStreams } from './loops.mjs';

/**
 * `node bench/throughput.mjs [RELEASE] [synthetic|captured]`: the release's runtime on a corpus of
 * its traffic (synthetic: corpus.mjs or corpus-<release>.mjs, in that release's shapes; captured:
 * the real server's transcripts), checked to validate before anything is timed (corpora.mjs).
 */
const [release = NEWEST, source = 'synthetic'] = process.argv.slice(2);
const loops = peerLoops(runtimeFor(release));

const time = (fn, slice) => {
  const t = process.hrtime.bigint();
  fn(slice);
  return Number(process.hrtime.bigint() - t);
};

/**
 * Each stream in slices of `size` messages (well under a millisecond each). Every round times
 * each slice under JSON.parse alone and under its peer's runtime loop, back to back, the order
 * alternating from slice to slice and round to round, so that each goes first as often as second.
 *
 * Other processes on a shared machine only ever add time (a preemption, a cache flushed by a
 * neighbour), and a slice this short is often timed with no such disturbance at all; so for each
 * slice and each loop the least time over the rounds is kept, and the figures come from the sums
 * of those minima. Both loops get the same treatment, so neither gains from it.
 *
 * Beside it, `pairedMedian` keeps what the load does: the median, over every slice and round, of
 * the ratio of the two back-to-back times (a disturbance that hits both cancels out; one that
 * hits only one of the pair counts). It reads higher on a busy machine.
 */
export function measureThroughput(streams, { rounds = 40, size = 500, warmup = 5 } = {}) {
  const slices = [];
  for (const [direction, stream] of Object.entries(streams)) {
    const checked = loops[direction];
    for (let i = 0; i < stream.length; i += size) slices.push({ direction, checked, messages: stream.slice(i, i + size) });
  }
  for (const slice of slices) {
    const n = slice.checked(slice.messages);
    if (n !== slice.messages.length) throw new Error(`corpus: ${slice.messages.length - n} ${slice.direction} messages did not validate`);
  }
  for (let w = 0; w < warmup; w++) {
    for (const s of slices) {
      parseOnly(s.messages);
      s.checked(s.messages);
    }
  }
  const least = { plain: slices.map(() => Infinity), checked: slices.map(() => Infinity) };
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    slices.forEach((s, i) => {
      const plainFirst = (r + i) % 2 === 0;
      const first = time(plainFirst ? parseOnly : s.checked, s.messages);
      const second = time(plainFirst ? s.checked : parseOnly, s.messages);
      least.plain[i] = Math.min(least.plain[i], plainFirst ? first : second);
      least.checked[i] = Math.min(least.checked[i], plainFirst ? second : first);
      ratios.push(plainFirst ? second / first : first / second);
    });
  }
  const total = (loop, pick) => slices.reduce((n, s, i) => (pick(s) ? n + least[loop][i] : n), 0);
  const count = (pick) => slices.reduce((n, s) => (pick(s) ? n + s.messages.length : n), 0);
  const figures = (pick) => ({
    messages: count(pick),
    plain: (count(pick) * 1e9) / total('plain', pick),
    checked: (count(pick) * 1e9) / total('checked', pick),
    ratio: total('checked', pick) / total('plain', pick),
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
