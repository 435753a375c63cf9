// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How much of a turn's items a payload carries: none (`notLoaded`, the list is left empty on purpose), a summary for display (`summary`), or all of them (`full`). */
export type TurnItemsView = "notLoaded" | "summary" | "full";
