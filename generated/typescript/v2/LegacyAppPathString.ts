// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A file system path passed through as the text it was given (it may be relative, and is not checked). */
export type LegacyAppPathString = string;
