// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReviewLineRange } from "./ReviewLineRange.js";

/** Where in the code a review finding applies. */
export type ReviewCodeLocation = {
  /** Absolute path of the file. */
  absolute_file_path: string;
  line_range: ReviewLineRange;
};
