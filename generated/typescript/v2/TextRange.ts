// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TextPosition } from "./TextPosition.js";

/** A span of a text file, from `start` to `end`. */
export type TextRange = {
  start: TextPosition;
  end: TextPosition;
};
