// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A span of a UTF-8 string, in bytes: from `start` (inclusive) to `end` (exclusive). */
export type ByteRange = {
  start: number;
  end: number;
};
