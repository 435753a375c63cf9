// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Identifier of a thread (a UUID string). */
export type ThreadId = string;
