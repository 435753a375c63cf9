// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Whether a fuzzy search match is a file or a directory. */
export type FuzzyFileSearchMatchType = "file" | "directory";
