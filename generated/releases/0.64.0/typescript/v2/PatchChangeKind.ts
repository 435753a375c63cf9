// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How a file is affected by a patch, tagged on `type`. Note the snake_case `move_path`. */
export type PatchChangeKind =
  | {
      /** The file is created. */
      type: "add";
    }
  | {
      /** The file is removed. */
      type: "delete";
    }
  | {
      /** The file is modified, and possibly moved. */
      type: "update";
      /** New path when the file is also renamed. */
      move_path?: string | null;
    };
