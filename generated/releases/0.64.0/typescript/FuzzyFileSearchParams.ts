// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `fuzzyFileSearch`: fuzzy-match file paths under the given roots. */
export type FuzzyFileSearchParams = {
  /** Text to match against file paths. */
  query: string;
  /** Directories to search. */
  roots: Array<string>;
  /** Token identifying the search; a new search with the same token cancels the previous one. */
  cancellationToken?: string | null;
};
