/**
 * A change diffs only what it touches: one new v2 client request, added to a scratch copy of the
 * registry, changes the files of its own two types and the tables that list methods (the bundle,
 * the message union, the meta model, the method maps, the routers, the reference, and the
 * manifests that list the files), nothing else, in no release it does not exist in.
 */
import { describe, expect, it } from 'vitest';
import type { Generation } from '../codegen/context.js';
import { currentGeneration, generationOf } from '../codegen/current.js';
import { OUTPUTS } from '../codegen/outputs.js';
import { withManifest } from '../codegen/write.js';
import { methodTable } from '../src/method.js';
import { DECLARED, type ProtocolSources } from '../src/protocol.js';
import { NEWEST, RELEASES, type Release } from '../src/releases.js';
import { def, empty, object, str } from '../src/schema.js';
import { outputPath } from './support/schemas.js';

const ThreadPinParams = def(
  'v2',
  'ThreadPinParams',
  'Params of `thread/pin` (a scratch method of this test).',
  object({ threadId: str() }),
);
const ThreadPinResponse = def('v2', 'ThreadPinResponse', 'Result of `thread/pin`: an empty object.', empty());

const scratch: ProtocolSources = {
  methods: [
    ...DECLARED.methods,
    ...methodTable('v2', {
      clientRequests: {
        'thread/pin': { params: ThreadPinParams, result: ThreadPinResponse, since: '0.171.0', doc: 'Pins a thread (a scratch method).' },
      },
    }),
  ],
  modules: [...DECLARED.modules, { ThreadPinParams, ThreadPinResponse }],
};

/** Every file every output writes for `release` (manifests included), by its path under generated/ (docs under docs/). */
async function filesOf(g: Generation, release: Release): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const o of OUTPUTS) {
    const files = withManifest(await o.generate(g));
    const base = outputPath(o, release);
    for (const [path, text] of files) out.set(`${base}/${path}`, text);
  }
  return out;
}

/** The paths whose bytes differ between two sets of files (added, removed or changed). */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p)).sort();
}

describe('adding a method', () => {
  it('changes its own types, the method tables and nothing else', async () => {
    const touched: string[] = [];
    for (const release of RELEASES)
      touched.push(...changed(await filesOf(currentGeneration(release), release), await filesOf(generationOf(release, scratch), release)));
    expect(NEWEST).toBe('0.171.0');
    // Its own types: one JSON schema and one declaration each, new files.
    const own = [
      'generated/json/v2/ThreadPinParams.json',
      'generated/json/v2/ThreadPinResponse.json',
      'generated/typescript/v2/ThreadPinParams.ts',
      'generated/typescript/v2/ThreadPinResponse.ts',
    ];
    // The tables that list every method or type of the release: the bundle, its dispatch twin and the meta model, the
    // client-request union (schema and declaration), the v2 type index, the method maps, the validators'
    // routers and checks of the new types, the reference, and the manifests that list the new files.
    const tables = [
      'docs/protocol.md',
      'generated/json/.codex-protocol-manifest.json',
      'generated/json/ClientRequest.json',
      'generated/json/codex_app_server_protocol.dispatch.schemas.json',
      'generated/json/codex_app_server_protocol.schemas.json',
      'generated/json/protocol.json',
      'generated/typescript/.codex-protocol-manifest.json',
      'generated/typescript/ClientRequest.ts',
      'generated/typescript/methods.ts',
      'generated/typescript/v2/index.ts',
    ];
    // The validators are three modules, each a table of the whole release: the fast checks with their
    // routers, the refusal explainer's schemas, and the index that maps methods to both.
    const validators = ['generated/validators/checks.ts', 'generated/validators/index.ts', 'generated/validators/schema.ts'];
    // 0.64.0 lacks the method: none of its files (under releases/0.64.0/) change.
    expect(touched).toEqual([...own, ...tables, ...validators].sort());
  });
});
