// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ByteRange } from "./ByteRange.js";

/** A span of a text input that a client renders specially (a pasted block or an attachment shown as a placeholder, for example). */
export type TextElement = {
  /** Where the element sits in the input's `text`. */
  byteRange: ByteRange;
  /** Text shown in place of the element, if the client gave one. */
  placeholder?: string | null;
};
