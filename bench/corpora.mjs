// The corpus of each release: synthetic (a realistic mix of a few coding turns, in that release's
// shapes) or captured (the real server's transcripts, replayed), checked against the release's
// schema when loaded: a message that does not validate is a broken corpus, and the bench stops.
import { runtimeFor } from '../dist/src/runtime/index.js';
import { capturedCorpus } from './captured.mjs';
import { corpus as corpus064 } from './corpus.mjs';
import { corpus as corpus0171 } from './corpus-0.171.0.mjs';

const SYNTHETIC = { '0.64.0': corpus064, '0.171.0': corpus0171 };

/** The releases the bench measures, oldest first. */
export const RELEASES = Object.keys(SYNTHETIC);

/** Throws unless every entry validates under `release` (a response through its method's result check). */
export function assertValid(entries, release, source) {
  const { parse, validateResult } = runtimeFor(release);
  const failures = [];
  for (const [direction, message, answers] of entries) {
    const r = parse(JSON.stringify(message), direction);
    const ok = r.ok && (r.kind !== 'response' || r.message.result === undefined || validateResult(answers, r.message.result).ok);
    if (!ok && failures.length < 3)
      failures.push(
        `${direction} ${message.method ?? `response to ${answers}`}: ${JSON.stringify(r.ok ? r.message : r.error).slice(0, 300)}`,
      );
    else if (!ok) failures.push('');
  }
  if (failures.length > 0)
    throw new Error(
      `the ${source} corpus of ${release} has ${failures.length} messages that do not validate under ${release}:\n${failures.filter(Boolean).join('\n')}`,
    );
  return entries;
}

/** The corpus of `release` from `source` ('synthetic' or 'captured'), validated. */
export function corpusFor(release, source) {
  const make = source === 'synthetic' ? SYNTHETIC[release] : source === 'captured' ? () => capturedCorpus(release) : undefined;
  if (make === undefined) throw new Error(`unknown corpus ${JSON.stringify(source)} of release ${JSON.stringify(release)}`);
  return assertValid(make(), release, source);
}

/** The methods of a corpus and how many messages each has, most first (`response` for responses). */
export function composition(entries) {
  const counts = new Map();
  for (const [, message] of entries) {
    const key = message.method === undefined ? 'response' : message.method;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
