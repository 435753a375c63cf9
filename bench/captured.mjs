// The traffic corpus of a release from the real server: every captured transcript of
// test/fixtures/wire/<release>/ (see test/e2e/README.md), in wire order, replayed until the
// corpus holds about `target` messages. Each entry is [direction, message, method answered
// (responses only)], as corpus.mjs gives them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const wire = fileURLToPath(new URL('../test/fixtures/wire/', import.meta.url));

/** One transcript as corpus entries: a response names the method of the request it answers. */
function transcript(file) {
  const asked = { client: new Map(), server: new Map() };
  const out = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { from, message } = JSON.parse(line);
    const direction = from === 'client' ? 'clientToServer' : 'serverToClient';
    if ('method' in message) {
      if ('id' in message) asked[from].set(message.id, message.method);
      out.push([direction, message]);
    } else {
      // A response answers a request of the other side.
      const method = asked[from === 'client' ? 'server' : 'client'].get(message.id);
      if (method !== undefined && 'result' in message) out.push([direction, message, method]);
      else if ('error' in message) out.push([direction, message, method]);
    }
  }
  return out;
}

/** The release's captured transcripts, in file order. */
export function capturedTraffic(release) {
  const dir = join(wire, release);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => transcript(join(dir, f)));
}

/** The captured traffic, replayed until about `target` messages. */
export function capturedCorpus(release, target = 30_000) {
  const once = capturedTraffic(release);
  const all = [];
  while (all.length < target) all.push(...once);
  return all;
}
