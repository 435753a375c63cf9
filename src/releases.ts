/**
 * The protocol releases this library carries, oldest first. Every method, named type and (where
 * it differs) field or union branch says in which of them it exists; the schema of each release
 * is derived from that (src/project.ts). Adding a release: CONTRIBUTING.md.
 */
export const RELEASES = ['0.64.0', '0.171.0'] as const;

export type Release = (typeof RELEASES)[number];

type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;

/** The newest release, as a type. */
export type Newest = Last<typeof RELEASES>;

/** The newest release: what the package root, `/runtime` and `generated/json` describe. */
export const NEWEST = RELEASES[RELEASES.length - 1] as Newest;

/** The first release: where everything not marked otherwise starts. */
export const OLDEST: Release = RELEASES[0];

export function isRelease(value: unknown): value is Release {
  return typeof value === 'string' && (RELEASES as readonly string[]).includes(value);
}

/** Position of a release in RELEASES (throws for one this library does not carry). */
export function releaseIndex(release: string): number {
  const at = (RELEASES as readonly string[]).indexOf(release);
  if (at < 0) throw new Error(`unknown release ${JSON.stringify(release)} (known: ${RELEASES.join(', ')})`);
  return at;
}

/** The releases something exists in: from `since` (inclusive) until `removed` (exclusive). */
export interface ReleaseRange {
  readonly since?: Release;
  readonly removed?: Release;
}

/** Whether `release` lies within the range. */
export function inRange(release: Release, range: ReleaseRange): boolean {
  const at = releaseIndex(release);
  return at >= releaseIndex(range.since ?? OLDEST) && (range.removed === undefined || at < releaseIndex(range.removed));
}

/** The releases of a range, oldest first. */
export function releasesOf(range: ReleaseRange): Release[] {
  return RELEASES.filter((r) => inRange(r, range));
}
