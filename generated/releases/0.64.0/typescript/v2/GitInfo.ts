// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Git repository state recorded when a thread was created; each part is null when it could not be determined. */
export type GitInfo = {
  /** Commit hash checked out at the time. */
  sha?: string | null;
  /** Current branch name. */
  branch?: string | null;
  /** URL of the `origin` remote. */
  originUrl?: string | null;
};
