// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A range of lines in a file; both ends are inclusive. */
export type ReviewLineRange = {
  /** First line. */
  start: number;
  /** Last line (inclusive). */
  end: number;
};
