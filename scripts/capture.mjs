#!/usr/bin/env node
/**
 * Runs the e2e scenarios against the real `codex app-server` of one release (in the loopback-only
 * sandbox, against the scripted model server) and writes each transcript as JSON Lines:
 *
 *   node scripts/capture.mjs VERSION [SCENARIO...]
 *
 * writes test/fixtures/wire/<VERSION>/<scenario>.jsonl, one `{"from":"client"|"server","message":{...}}`
 * a line in wire order. The run's temporary root is written as /tmp/codex-e2e. Without SCENARIO,
 * every scenario that applies to the release runs. Set CODEX_E2E_KEEP=1 to keep each run's root.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario } from '../test/e2e/support/harness.mjs';
import { release } from '../test/e2e/support/releases.mjs';
import { SCENARIOS, scenario } from '../test/e2e/scenarios/index.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const [version, ...names] = process.argv.slice(2);
  if (version === undefined) {
    process.stderr.write(`usage: node scripts/capture.mjs VERSION [SCENARIO...]\nscenarios: ${SCENARIOS.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const profile = release(version);
  const chosen = names.length > 0 ? names.map(scenario) : SCENARIOS.filter((s) => s.applies(profile));
  const outDir = join(repo, 'test', 'fixtures', 'wire', version);
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const s of chosen) {
    if (!s.applies(profile)) {
      process.stderr.write(`${s.name}: does not apply to ${version}\n`);
      failed += 1;
      continue;
    }
    try {
      const run = await runScenario(s, version, { keep: process.env.CODEX_E2E_KEEP === '1' });
      const file = join(outDir, `${s.name}.jsonl`);
      writeFileSync(file, run.transcript.map((e) => JSON.stringify(e)).join('\n') + '\n');
      const fromServer = run.transcript.filter((e) => e.from === 'server').length;
      process.stdout.write(
        `${relative(repo, file)}: ${run.transcript.length} messages (${fromServer} from the server), ${run.modelRequests.length} model requests\n`,
      );
    } catch (e) {
      failed += 1;
      process.stderr.write(`${s.name}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`capture: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
