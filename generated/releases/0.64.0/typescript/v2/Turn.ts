// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadItem } from "./ThreadItem.js";
import type { TurnError } from "./TurnError.js";

/** One round of user input and the agent's work on it, tagged on `status`. There is no separate named status type upstream. */
export type Turn =
  | {
      /** The turn finished normally. */
      status: "completed";
      /** Identifier of the turn (the core submission id, e.g. "0", "1"; not necessarily contiguous). */
      id: string;
      /** Items of the turn. Only filled in `thread/resume` responses; an empty list elsewhere. */
      items: Array<ThreadItem>;
    }
  | {
      /** The turn was stopped before finishing, e.g. by `turn/interrupt`. */
      status: "interrupted";
      /** Identifier of the turn (the core submission id, e.g. "0", "1"; not necessarily contiguous). */
      id: string;
      /** Items of the turn. Only filled in `thread/resume` responses; an empty list elsewhere. */
      items: Array<ThreadItem>;
    }
  | {
      /** The turn ended with an error. */
      status: "failed";
      /** Identifier of the turn (the core submission id, e.g. "0", "1"; not necessarily contiguous). */
      id: string;
      /** Items of the turn. Only filled in `thread/resume` responses; an empty list elsewhere. */
      items: Array<ThreadItem>;
      error: TurnError;
    }
  | {
      /** The turn is still running. */
      status: "inProgress";
      /** Identifier of the turn (the core submission id, e.g. "0", "1"; not necessarily contiguous). */
      id: string;
      /** Items of the turn. Only filled in `thread/resume` responses; an empty list elsewhere. */
      items: Array<ThreadItem>;
    };
