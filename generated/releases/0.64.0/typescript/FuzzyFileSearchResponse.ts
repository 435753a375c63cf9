// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FuzzyFileSearchResult } from "./FuzzyFileSearchResult.js";

/** Result of `fuzzyFileSearch`: the matches, best first. */
export type FuzzyFileSearchResponse = {
  files: Array<FuzzyFileSearchResult>;
};
