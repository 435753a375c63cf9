// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How a thread's history is stored, fixed when the thread is created: `paginated` history can be read a page of turns or items at a time; `legacy` history is only read whole. */
export type ThreadHistoryMode = "legacy" | "paginated";
