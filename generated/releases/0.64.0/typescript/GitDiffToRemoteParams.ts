// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `gitDiffToRemote`: diff a working tree against its remote. */
export type GitDiffToRemoteParams = {
  /** Directory inside the git repository. */
  cwd: string;
};
