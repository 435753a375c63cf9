/**
 * vitest globalSetup: installs the codex releases the e2e tests run (from the npm registry, into
 * the cache of scripts/codex-install.mjs; a cached release is reused), so the tests depend on
 * nothing left on the machine.
 */
import { ensureCodex } from '../../scripts/codex-install.mjs';
import { E2E_RELEASES } from './support/releases.mjs';

export default function setup(): void {
  for (const version of E2E_RELEASES) ensureCodex(version);
}
