/** Installed size: apparent bytes as `du -sb` counts them, and upstream's export to compare with. */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Apparent size of a file tree, as `du -sb PATH` prints it: the `st_size` of every entry,
 * directories included (4096 bytes each on ext4), symbolic links not followed.
 */
export function apparentBytes(path: string): number {
  const st = lstatSync(path);
  if (!st.isDirectory()) return st.size;
  let total = st.size;
  for (const name of readdirSync(path)) total += apparentBytes(join(path, name));
  return total;
}

/**
 * `du -sb` of upstream's whole JSON export per release: the folder that
 * `codex app-server generate-json-schema --out DIR` writes (the bundle plus one file per type),
 * written on ext4 by the release's binary from `node scripts/codex-install.mjs VERSION`, run
 * offline (`unshare --net`, a throw-away CODEX_HOME) as scripts/vendor-upstream.mjs runs it.
 * Measured once; upstream/<version>/json keeps only the bundle. Upstream's TypeScript export is
 * vendored whole in upstream/<version>/typescript and is measured from there (the same
 * `generate-ts` run gave the same bytes: 162,762 for 0.64.0, 513,607 for 0.171.0).
 */
export const UPSTREAM_JSON_EXPORT_BYTES: Readonly<Record<string, number>> = {
  '0.63.0': 1_226_959,
  '0.64.0': 1_320_484,
  '0.171.0': 4_093_034,
};

/** Upstream's export (JSON + TypeScript) of one release, in bytes. */
export function upstreamExportBytes(repoRoot: string, release: string): number {
  const json = UPSTREAM_JSON_EXPORT_BYTES[release];
  if (json === undefined) {
    throw new Error(
      `no measured size of upstream's JSON export of ${release}: measure it as UPSTREAM_JSON_EXPORT_BYTES says and add it there`,
    );
  }
  return json + apparentBytes(join(repoRoot, 'upstream', release, 'typescript'));
}

export const MB = 1_000_000;
export const formatMB = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
