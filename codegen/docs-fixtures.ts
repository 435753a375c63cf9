/**
 * Example payloads for the protocol reference: the valid conversation fixtures of a release,
 * under test/fixtures/messages/<release>, in file path order. The first valid fixture of a method and message
 * kind is its example; methods without one get none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byCodeUnit, isObject } from './bundle.js';
import { listFiles } from './files.js';

export const FIXTURES_DIR = 'test/fixtures/messages';

export interface DocFixture {
  /** Path relative to the package root, with `/` separators. */
  readonly file: string;
  readonly description: string;
  readonly direction: 'clientToServer' | 'serverToClient';
  readonly kind: 'request' | 'notification' | 'response';
  readonly method: string;
  readonly message: unknown;
}

/** The valid fixtures under `root/test/fixtures/messages/<release>`, sorted by path. */
export function loadDocFixtures(root: string, release: string): DocFixture[] {
  const dir = `${FIXTURES_DIR}/${release}`;
  const files = listFiles(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => `${dir}/${f}`);
  const out: DocFixture[] = [];
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (e) {
      throw new Error(`fixture ${file} is not valid JSON: ${(e as Error).message}`);
    }
    if (!isObject(doc) || doc.valid !== true || typeof doc.method !== 'string' || !isObject(doc.message)) continue;
    if (doc.kind !== 'request' && doc.kind !== 'notification' && doc.kind !== 'response') continue;
    if (doc.direction !== 'clientToServer' && doc.direction !== 'serverToClient') continue;
    out.push({
      file,
      description: typeof doc.description === 'string' ? doc.description : '',
      direction: doc.direction,
      kind: doc.kind,
      method: doc.method,
      message: doc.message,
    });
  }
  return out;
}

/** The first fixture (by path, whatever the order given) of a method and kind. */
export function pickExample(fixtures: readonly DocFixture[], method: string, kind: DocFixture['kind']): DocFixture | undefined {
  let best: DocFixture | undefined;
  for (const f of fixtures)
    if (f.method === method && f.kind === kind && (best === undefined || byCodeUnit(f.file, best.file) < 0)) best = f;
  return best;
}
