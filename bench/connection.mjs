// Throughput of a client connection (framing + parse + validate + dispatch to a handler) against a
// bare readline + JSON.parse loop, over the same bytes, for `npm run bench`. Run after
// `npm run build`: `node bench/connection.mjs [RELEASE...]` measures each release (default: all)
// in fresh processes and prints one line per release; `node bench/connection.mjs --once RELEASE`
// is one such process (prints its figures as JSON).
//
// The corpus is what a client reads: the server-to-client messages of the release's synthetic
// corpus (corpora.mjs: deltas, item lifecycle, approvals, token usage), cut into slices of whole
// lines and each slice into 64 KiB chunks, as a pipe delivers them. Both loops read from a Node
// PassThrough stream (as from a child's stdout) and call a handler for every message (the
// connection through `onNotification`, one handler per method); the connection also answers
// each approval through its handler (the answer is checked and written to a sink that drops
// it). The responses of the corpus are left out: they answer requests the bench's connection
// never sent. A third loop, the floor, runs the connection's line framer and the runtime's parse
// alone on the same stream (no dispatch, no answers): what is left between it and the
// connection is the connection's own cost.
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { connect } from '../dist/src/client/index.js';
import { LineFramer } from '../dist/src/connection/framing.js';
import { runtimeFor } from '../dist/src/runtime/index.js';
import { corpusFor, RELEASES } from './corpora.mjs';

const CHUNK = 64 * 1024;

/** What the server sends in the corpus, responses left out. */
const serverMessages = (entries) =>
  entries.filter(([direction, message]) => direction === 'serverToClient' && message.method !== undefined).map(([, message]) => message);

/** The client's stream as slices of `size` lines: each `{ count, chunks }` (Buffers of at most CHUNK bytes). */
function slices(messages, size) {
  const lines = messages.map((message) => `${JSON.stringify(message)}\n`);
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

/**
 * The connection of `release`: a handler per notification method of the corpus (as a client has
 * for those it shows), and the approval handler.
 */
const connection = (release, messages) =>
  loop((input, handler) => {
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const conn = connect(input, sink, { release });
    conn.onError((e) => {
      throw new Error(`the corpus made the connection report: ${e.message}`);
    });
    const requests = new Set(messages.filter((m) => m.id !== undefined).map((m) => m.method));
    for (const method of new Set(messages.filter((m) => m.id === undefined).map((m) => m.method))) conn.onNotification(method, handler);
    for (const method of requests) {
      if (method !== 'item/commandExecution/requestApproval') throw new Error(`the bench answers no ${method}`);
      conn.onRequest(method, () => {
        handler();
        return { decision: 'accept' };
      });
    }
  });

/** The floor: the connection's framer, the runtime's parse (validation included), the handler; nothing else. */
const floor = (release) =>
  loop((input, handler) => {
    const { parse } = runtimeFor(release);
    const sink = {
      line(text) {
        const r = parse(text, 'serverToClient');
        if (!r.ok) throw new Error(`the corpus has a line the runtime refuses: ${text.slice(0, 200)}`);
        handler(r.message.params);
      },
      oversized() {},
      undecodable() {},
    };
    const framer = new LineFramer(sink, 32 * 1024 * 1024);
    void (async () => {
      for await (const chunk of input) framer.push(chunk);
    })();
  });

async function time(run, slice) {
  const t = process.hrtime.bigint();
  await run.feed(slice);
  return Number(process.hrtime.bigint() - t);
}

/**
 * One process: every slice through the three loops, back to back, the order rotating by slice and
 * round; for each slice and loop the least time over the rounds is kept (a shared machine only
 * ever adds time), and the figures come from the sums of those minima.
 */
async function measure(release, { rounds = 30, size = 500, warmup = 5 } = {}) {
  const messages = serverMessages(corpusFor(release, 'synthetic'));
  const all = slices(messages, size);
  const runs = { bare: bare(), floor: floor(release), connection: connection(release, messages) };
  const names = Object.keys(runs);
  for (let w = 0; w < warmup; w++) {
    for (const s of all) for (const name of names) await runs[name].feed(s);
  }
  const least = Object.fromEntries(names.map((name) => [name, all.map(() => Infinity)]));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < all.length; i++) {
      const order = names.map((_, k) => names[(k + r + i) % names.length]);
      for (const name of order) least[name][i] = Math.min(least[name][i], await time(runs[name], all[i]));
    }
  }
  const count = all.reduce((n, s) => n + s.count, 0);
  const total = (name) => least[name].reduce((a, b) => a + b, 0);
  return {
    release,
    messages: count,
    bytes: all.reduce((n, s) => n + s.bytes, 0),
    rounds,
    size,
    bare: (count * 1e9) / total('bare'),
    floor: (count * 1e9) / total('floor'),
    connection: (count * 1e9) / total('connection'),
    floorRatio: total('floor') / total('bare'),
    ratio: total('connection') / total('bare'),
  };
}

const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Figures of `release` over `processes` fresh processes (each one `--once`). */
export function measureInProcesses(release, processes = 5) {
  return Array.from({ length: processes }, () => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--once', release], { stdio: 'pipe', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`connection bench of ${release} failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  });
}

/** One line of figures per release. */
export function report(runsByRelease) {
  const pct = (x) => `${x >= 1 ? '+' : ''}${fmt((x - 1) * 100, 1)} %`;
  const first = Object.values(runsByRelease)[0];
  const { rounds, size } = first[0];
  const lines = [
    `connection, client side (${first.length} fresh processes per release, medians; ${rounds} rounds over slices of ${size} lines, rotating order, least time per slice)`,
    `  ${'release'.padEnd(8)} ${'messages'.padStart(8)} ${'KiB'.padStart(6)} ${'readline + JSON.parse'.padStart(21)} ${'framer + parse (floor)'.padStart(29)} ${'connection'.padStart(16)} ${'overhead'.padStart(9)}  overhead per process`,
  ];
  for (const [release, runs] of Object.entries(runsByRelease)) {
    const ratios = runs.map((r) => r.ratio);
    const { messages, bytes } = runs[0];
    const msgs = (figure) => `${fmt(median(runs.map((r) => r[figure])))} msg/s`;
    lines.push(
      `  ${release.padEnd(8)} ${fmt(messages).padStart(8)} ${fmt(bytes / 1024).padStart(6)} ${msgs('bare').padStart(21)} ${`${msgs('floor')} ${pct(median(runs.map((r) => r.floorRatio)))}`.padStart(20 + 9)} ${msgs('connection').padStart(16)} ${pct(median(ratios)).padStart(9)}  ${ratios.map(pct).join(', ')}`,
    );
  }
  lines.push(
    '  (overhead: time per message over readline + JSON.parse; framer + parse: the floor, framing and validation without the connection)',
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--once') {
    console.log(JSON.stringify(await measure(args[1] ?? RELEASES[RELEASES.length - 1])));
    process.exit(0);
  }
  const releases = args.length > 0 ? args : RELEASES;
  console.log(report(Object.fromEntries(releases.map((release) => [release, measureInProcesses(release)]))));
}
