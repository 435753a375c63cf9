// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadItem } from "./ThreadItem.js";
import type { TurnError } from "./TurnError.js";
import type { TurnItemsView } from "./TurnItemsView.js";
import type { TurnStatus } from "./TurnStatus.js";

/** One round of user input and the agent's work on it: its status, its items (as far as `itemsView` says they are loaded) and its timing. */
export type Turn = {
  /** Identifier of the turn (a UUID). */
  id: string;
  /** The first turn of the chain of work this turn belongs to (the turn itself when it started the chain); pass it as `rootTurnId` to start work on this turn's behalf. May be null for older history. */
  rootTurnId?: string | null;
  /** Items of the turn, as far as `itemsView` says. */
  items: Array<ThreadItem>;
  /** How much of the items `items` holds. Defaults to `full`. */
  itemsView?: TurnItemsView;
  status: TurnStatus;
  /** What went wrong, for a failed turn. */
  error?: TurnError | null;
  /** When the turn started, in Unix seconds; null until it has. */
  startedAt?: number | null;
  /** When the turn ended, in Unix seconds; null while it runs. */
  completedAt?: number | null;
  /** How long the turn ran, in milliseconds, once it ended and when known. */
  durationMs?: number | null;
};
