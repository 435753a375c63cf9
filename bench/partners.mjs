// Python `jsonschema` (Draft 7, which ignores Ajv's `discriminator`) on the server notifications
// captured for each release the package carries (test/fixtures/wire/<release>/*.jsonl): time per
// notification with the main bundle, the dispatch bundle and upstream's own bundle of that
// release, on the same messages. Prints figures; asserts nothing. Run by bench/bench.mjs, or:
//   node bench/partners.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const checker = join(root, 'test', 'support', 'jsonschema-check.py');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each JSON folder of the exports map with its release (protocol.json's `release`). */
function jsonFolders() {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(exports)
    .filter(([subpath, target]) => subpath.endsWith('/json/*') && typeof target === 'string')
    .map(([, target]) => {
      const dir = join(root, target.slice(0, -1));
      return { dir, release: JSON.parse(readFileSync(join(dir, 'protocol.json'), 'utf8')).release };
    });
}

/** The notifications the server sent in the captures of a release. */
function serverNotifications(release) {
  const dir = join(root, 'test', 'fixtures', 'wire', release);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== ''),
    )
    .map((l) => JSON.parse(l))
    .filter(({ from, message }) => from === 'server' && typeof message.method === 'string' && !('id' in message))
    .map(({ message }) => message);
}

/** ms per message of one bundle: the median of `rounds` rounds over all messages (after a warm-up pass). */
function time(bundle, messages, rounds) {
  const input = JSON.stringify({ mode: 'time', bundles: { b: bundle }, definition: 'ServerNotification', messages, rounds });
  const r = spawnSync('python3', [checker], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`jsonschema-check.py failed: ${r.stderr || r.error}`);
  const { valid, msPerMessage } = JSON.parse(r.stdout).timings.b;
  return { valid, ms: median(msPerMessage), min: Math.min(...msPerMessage) };
}

const probe = spawnSync(
  'python3',
  ['-c', 'import jsonschema, referencing; print(jsonschema.__version__ if hasattr(jsonschema, "__version__") else "")'],
  { encoding: 'utf8' },
);
if (probe.status !== 0) {
  console.log('python jsonschema: skipped (python3 with the jsonschema package is not available)');
  process.exit(0);
}
console.log('python jsonschema (Draft7Validator), ms per server notification of the captures (median of rounds; least in brackets)');
for (const { dir, release } of jsonFolders()) {
  const messages = serverNotifications(release);
  if (messages.length === 0) continue;
  const upstream = join(root, 'upstream', release, 'json', 'codex_app_server_protocol.schemas.json');
  // The main bundle makes jsonschema try every branch of each union: one round is plenty to see it.
  const rows = [
    ['main bundle (oneOf + discriminator)', join(dir, 'codex_app_server_protocol.schemas.json'), 1],
    ['dispatch bundle (if/then/else on tags)', join(dir, 'codex_app_server_protocol.dispatch.schemas.json'), 5],
    ...(existsSync(upstream) ? [[`upstream's ${release} bundle`, upstream, 5]] : []),
  ];
  console.log(`  ${release}: ${messages.length} notifications`);
  for (const [name, bundle, rounds] of rows) {
    const t = time(bundle, messages, rounds);
    console.log(
      `    ${name.padEnd(40)} ${t.ms.toFixed(2).padStart(7)} ms  (${t.min.toFixed(2)})  valid ${t.valid}/${messages.length}, ${rounds} round${rounds > 1 ? 's' : ''}`,
    );
  }
}
