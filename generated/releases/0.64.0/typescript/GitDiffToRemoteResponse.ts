// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { GitSha } from "./GitSha.js";

/** Result of `gitDiffToRemote`: the remote commit compared against and the diff to it. */
export type GitDiffToRemoteResponse = {
  /** Remote commit the diff is taken against. */
  sha: GitSha;
  /** Unified diff from that commit to the working tree. */
  diff: string;
};
