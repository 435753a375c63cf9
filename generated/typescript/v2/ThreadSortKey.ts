// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a thread listing is ordered by: creation time, last update, recency, or the position within the thread's section. */
export type ThreadSortKey = "created_at" | "updated_at" | "recency_at" | "section_position";
