// Hostile input, timed (run by bench.mjs; prints JSON): the worst cases the hostile-input suite
// checks for correctness, each as ms per MB of input, least of a few runs (load only adds time).
import { parse, validateResult } from '../dist/src/runtime/index.js';
import { parse as parse064 } from '../dist/src/runtime/releases/0.64.0.js';

const RUNS = 5;
const least = (run) => {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
};
const mb = (text) => Buffer.byteLength(text) / (1024 * 1024);

const cases = [];
const add = (name, text, run, verdict) => {
  if (run() !== verdict) throw new Error(`${name}: expected ${verdict ? 'accepted' : 'refused'}`);
  const ms = least(run);
  cases.push({ name, mb: mb(text), ms, msPerMb: ms / mb(text), verdict: verdict ? 'accepted' : 'refused' });
};

// JSON.parse alone on the same text, for scale.
const bad = JSON.stringify({ id: 1, method: 'turn/start', params: { threadId: 't', input: Array.from({ length: 100_000 }, () => 0) } });
add('turn/start, 100,000 bad input items', bad, () => parse(bad, 'clientToServer').ok, false);
add('  (JSON.parse alone, same text)', bad, () => (JSON.parse(bad), false), false);

const arrays = { config: { big: Array.from({ length: 4_000_000 }, () => []) }, origins: {} };
const big = JSON.stringify({ id: 1, result: arrays });
add('response of 4 million empty arrays (parse)', big, () => parse(big, 'serverToClient').ok, true);
add('  its result (validateResult of config/read)', big, () => validateResult('config/read', arrays).ok, true);
add('  (JSON.parse alone, same text)', big, () => (JSON.parse(big), true), true);

const keys = {};
for (let i = 0; i < 1_000_000; i++) keys[`k${i}`] = i;
const wide = JSON.stringify({
  id: 1,
  method: 'config/value/write',
  params: { filePath: 'f', keyPath: 'x', value: keys, mergeStrategy: 'replace' },
});
add('JsonValue of 1,000,000 keys (0.64.0)', wide, () => parse064(wide, 'clientToServer').ok, true);

const deep = `{"id":1,"method":"config/value/write","params":{"filePath":"f","keyPath":"k","mergeStrategy":"replace","value":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}}`;
add('nested 1,000,000 deep (0.64.0)', deep, () => parse064(deep, 'clientToServer').ok, false);

process.stdout.write(JSON.stringify(cases));
