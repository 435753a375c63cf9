// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FuzzyFileSearchMatchType } from "./FuzzyFileSearchMatchType.js";

/** One file matched by `fuzzyFileSearch` (note the snake_case `file_name`). */
export type FuzzyFileSearchResult = {
  /** Search root the file was found under. */
  root: string;
  /** Path of the file relative to `root`. */
  path: string;
  /** Whether the match is a file or a directory. */
  match_type: FuzzyFileSearchMatchType;
  /** Base name of the file. */
  file_name: string;
  /** Match score; higher is better. */
  score: number;
  /** Positions in `path` of the matched characters, for highlighting. */
  indices?: Array<number> | null;
};
