// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A snapshot commit of the working tree that Codex records (without moving any branch) so a turn can be undone. */
export type GhostCommit = {
  /** Commit hash of the snapshot. */
  id: string;
  /** Commit the snapshot was taken on top of. */
  parent?: string | null;
  /** Untracked files that already existed when the snapshot was taken, so an undo leaves them alone. */
  preexisting_untracked_files: Array<string>;
  /** Untracked directories that already existed when the snapshot was taken. */
  preexisting_untracked_dirs: Array<string>;
};
