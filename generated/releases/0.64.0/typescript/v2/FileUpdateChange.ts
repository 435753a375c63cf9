// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { PatchChangeKind } from "./PatchChangeKind.js";

/** A change to one file inside a file change item. */
export type FileUpdateChange = {
  /** Path of the affected file. */
  path: string;
  kind: PatchChangeKind;
  /** Diff of the change (for an added file, its contents). */
  diff: string;
};
