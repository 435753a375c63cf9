// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How a written value combines with what is already at the key path: overwrite it, or merge into an existing table. */
export type MergeStrategy = "replace" | "upsert";
