// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What counts against the automatic compaction token limit: the whole active context (`total`), or only what was added after the prefix carried over from the last compaction (`body_after_prefix`). */
export type AutoCompactTokenLimitScope = "total" | "body_after_prefix";
