// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Git repository state recorded when a conversation started (snake_case, unlike most v1 method payloads). Each part is null when unknown. */
export type ConversationGitInfo = {
  /** Commit hash checked out at the time. */
  sha?: string | null;
  /** Current branch name. */
  branch?: string | null;
  /** URL of the `origin` remote. */
  origin_url?: string | null;
};
