// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Order of a listing: ascending (oldest first) or descending (newest first). */
export type SortDirection = "asc" | "desc";
