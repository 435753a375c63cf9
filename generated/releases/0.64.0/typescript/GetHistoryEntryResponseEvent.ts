// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { HistoryEntry } from "./HistoryEntry.js";

/** Reply to a lookup of one message history entry (`get_history_entry_response`). */
export type GetHistoryEntryResponseEvent = {
  /** Position of the requested entry in the log. */
  offset: number;
  /** Identifier of the history log file that was read. */
  log_id: number;
  /** The entry; null when none exists at that offset. */
  entry?: HistoryEntry | null;
};
