// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What the review should look at, tagged on `type`. */
export type ReviewTarget =
  | {
      /** Staged, unstaged and untracked changes in the working tree. */
      type: "uncommittedChanges";
    }
  | {
      /** Changes relative to a base branch. */
      type: "baseBranch";
      /** Branch to diff the current state against. */
      branch: string;
    }
  | {
      /** The changes introduced by one commit. */
      type: "commit";
      /** Commit to review. */
      sha: string;
      /** Commit title, used only for display. */
      title?: string | null;
    }
  | {
      /** A review driven by custom instructions. */
      type: "custom";
      /** Free-form description of what to review. */
      instructions: string;
    };
