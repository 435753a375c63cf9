/** The real bundles the diff tests read: the vendored upstream exports and this library's own export. */
import { BUNDLE_FILE } from '../../codegen/emit-json.js';
import { repoRoot } from './schemas.js';

/** Folder of this library's 0.64.0 JSON export (the bundle and its protocol.json). */
export const OUR_0_64_JSON_DIR = `${repoRoot}generated/releases/0.64.0/json`;

export const OUR_0_64_BUNDLE = `${OUR_0_64_JSON_DIR}/${BUNDLE_FILE}`;

/** The vendored upstream bundle of a release (`upstream/<version>/json/`). */
export function upstreamBundle(version: '0.63.0' | '0.64.0' | '0.171.0'): string {
  return `${repoRoot}upstream/${version}/json/${BUNDLE_FILE}`;
}

/** Fixtures of the diff tests. */
export const DIFF_FIXTURES = `${repoRoot}test/fixtures/diff`;
