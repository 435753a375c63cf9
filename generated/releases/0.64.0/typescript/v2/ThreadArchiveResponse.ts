// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `thread/archive`: an empty object. */
export type ThreadArchiveResponse = Record<string, never>;
