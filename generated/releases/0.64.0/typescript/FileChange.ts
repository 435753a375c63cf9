// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A change to one file in a patch, tagged on `type`. Patches key these by file path. */
export type FileChange =
  | {
      /** Creates a file. */
      type: "add";
      /** Full contents of the new file. */
      content: string;
    }
  | {
      /** Deletes a file. */
      type: "delete";
      /** Contents of the file being removed. */
      content: string;
    }
  | {
      /** Edits a file, possibly moving it. */
      type: "update";
      /** The edit as a unified diff. */
      unified_diff: string;
      /** New path when the file is also renamed or moved. */
      move_path?: string | null;
    };
