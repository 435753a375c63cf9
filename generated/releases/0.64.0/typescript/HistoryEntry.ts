// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One entry of the global message history file (prompts the user typed across sessions). */
export type HistoryEntry = {
  /** Conversation the entry was typed in. */
  conversation_id: string;
  /** When it was recorded, as Unix time in seconds. A 64-bit integer on the server, sent as a plain JSON number. */
  ts: number;
  /** The text the user typed. */
  text: string;
};
