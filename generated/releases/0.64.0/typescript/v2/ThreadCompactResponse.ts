// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `thread/compact`: an empty object; the compaction itself runs asynchronously and is announced by `thread/compacted`. */
export type ThreadCompactResponse = Record<string, never>;
