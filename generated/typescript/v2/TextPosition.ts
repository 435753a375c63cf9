// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A position in a text file, counted from 1. */
export type TextPosition = {
  /** Line number, from 1. */
  line: number;
  /** Column number, from 1, in Unicode scalar values. */
  column: number;
};
