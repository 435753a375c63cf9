// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A length of time as whole seconds plus nanoseconds. Upstream TS declares such durations as strings, but the wire sends this object. */
export type Duration = {
  /** Whole seconds. */
  secs: number;
  /** Additional nanoseconds (below one second). */
  nanos: number;
};
