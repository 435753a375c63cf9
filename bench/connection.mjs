// Throughput of a client connection (framing + parse + validate + dispatch to a handler) against a
// bare readline + JSON.parse loop, over the same bytes, for `npm run bench`. Run after
// `npm run build`: `node bench/connection.mjs` measures in fresh processes and prints one line;
// `node bench/connection.mjs --once` is one such process (prints its figures as JSON).
//
// The corpus is what a client reads (bench/corpus.mjs, server to client: deltas, item
// lifecycle, approvals, token usage, v2 and codex/event; release 0.64.0, which has both), cut
// into slices of whole lines and each slice into 64 KiB chunks, as a pipe delivers them. Both
// loops read from a Node PassThrough stream (as from a child's stdout) and call a handler for
// every message (the connection through `onNotification`, one handler per method); the
// connection also answers each approval through its handler (the answer is checked and written
// to a sink that drops it). The responses of the corpus (100 of 27,400
// lines) are left out: they answer requests the bench's connection never sent.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { connect } from '../dist/src/client/index.js';
import { corpus } from './corpus.mjs';

const CHUNK = 64 * 1024;

/** The client's stream as slices of `size` lines: each `{ count, chunks }` (Buffers of at most CHUNK bytes). */
function slices(size) {
  const lines = corpus()
    .filter(([direction, message]) => direction === 'serverToClient' && message.method !== undefined)
    .map(([, message]) => `${JSON.stringify(message)}\n`);
  const out = [];
  for (let i = 0; i < lines.length; i += size) {
    const bytes = Buffer.from(lines.slice(i, i + size).join(''));
    const chunks = [];
    for (let at = 0; at < bytes.length; at += CHUNK) chunks.push(bytes.subarray(at, at + CHUNK));
    out.push({ count: Math.min(size, lines.length - i), chunks, bytes: bytes.length });
  }
  return out;
}

/** A loop over one stream: `feed(slice)` resolves once every message of the slice reached the handler. */
function loop(attach) {
  const input = new PassThrough({ highWaterMark: CHUNK });
  let seen = 0;
  let target = 0;
  let done = () => {};
  const handler = () => {
    if (++seen === target) done();
  };
  attach(input, handler);
  return {
    feed(slice) {
      target = seen + slice.count;
      const finished = new Promise((resolve) => (done = resolve));
      for (const chunk of slice.chunks) input.write(chunk);
      return finished;
    },
  };
}

/** The baseline: readline's 'line' event, JSON.parse, the handler. */
const bare = () =>
  loop((input, handler) => {
    createInterface({ input, crlfDelay: Infinity }).on('line', (line) => handler(JSON.parse(line)));
  });

/** Notification methods of the corpus: the connection has a handler for each, as a client has for those it shows. */
const METHODS = [...new Set(corpus().filter(([d, m]) => d === 'serverToClient' && m.method !== undefined && m.id === undefined).map(([, m]) => m.method))];

/** The connection: a handler per notification method, and the approval handler. */
const connection = () =>
  loop((input, handler) => {
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const conn = connect(input, sink, { release: '0.64.0' });
    conn.onError((e) => {
      throw new Error(`the corpus made the connection report: ${e.message}`);
    });
    for (const method of METHODS) conn.onNotification(method, handler);
    conn.onRequest('item/commandExecution/requestApproval', () => {
      handler();
      return { decision: 'accept' };
    });
  });

async function time(run, slice) {
  const t = process.hrtime.bigint();
  await run.feed(slice);
  return Number(process.hrtime.bigint() - t);
}

/**
 * One process: every slice through both loops, back to back, the order alternating by slice and
 * round; for each slice and loop the least time over the rounds is kept (a shared machine only
 * ever adds time), and the figures come from the sums of those minima.
 */
async function measure({ rounds = 30, size = 500, warmup = 5 } = {}) {
  const all = slices(size);
  const runs = { bare: bare(), connection: connection() };
  for (let w = 0; w < warmup; w++) for (const s of all) (await runs.bare.feed(s), await runs.connection.feed(s));
  const least = { bare: all.map(() => Infinity), connection: all.map(() => Infinity) };
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < all.length; i++) {
      const order = (r + i) % 2 === 0 ? ['bare', 'connection'] : ['connection', 'bare'];
      for (const name of order) least[name][i] = Math.min(least[name][i], await time(runs[name], all[i]));
    }
  }
  const messages = all.reduce((n, s) => n + s.count, 0);
  const total = (name) => least[name].reduce((a, b) => a + b, 0);
  return { messages, bytes: all.reduce((n, s) => n + s.bytes, 0), rounds, size, bare: (messages * 1e9) / total('bare'), connection: (messages * 1e9) / total('connection'), ratio: total('connection') / total('bare') };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--once')) {
    console.log(JSON.stringify(await measure()));
    process.exit(0);
  }
  const PROCESSES = 5;
  const runs = Array.from({ length: PROCESSES }, () => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--once'], { stdio: 'pipe', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`connection bench failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  });
  const ratios = runs.map((r) => r.ratio);
  const pct = (x) => `${x >= 0 ? '+' : ''}${fmt((x - 1) * 100, 1)} %`;
  const { messages, bytes, rounds, size } = runs[0];
  console.log(
    `connection (client, ${fmt(messages)} messages, ${fmt(bytes / 1024)} KiB; ${PROCESSES} fresh processes, medians; ${rounds} rounds over slices of ${size}, least time per slice): ` +
      `readline + JSON.parse ${fmt(median(runs.map((r) => r.bare)))} msg/s, connection (framing + parse + validate + dispatch) ${fmt(median(runs.map((r) => r.connection)))} msg/s, ` +
      `time per message ${pct(median(ratios))} (processes: ${ratios.map(pct).join(', ')})`,
  );
}
