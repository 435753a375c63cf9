// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { MemoryCitationEntry } from "./MemoryCitationEntry.js";

/** The stored memories an agent message drew on. */
export type MemoryCitation = {
  /** The cited passages. */
  entries: Array<MemoryCitationEntry>;
  /** Threads the cited memories came from. */
  threadIds: Array<string>;
};
