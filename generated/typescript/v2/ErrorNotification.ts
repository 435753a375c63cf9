// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TurnError } from "./TurnError.js";

/** Params of `error`: a turn hit an error. Also sent for transient stream errors while the server retries ("Reconnecting... 1/5"), so it does not always mean the turn failed. */
export type ErrorNotification = {
  error: TurnError;
  /** Whether the server retries on its own: true for a transient error (the turn goes on), false when the turn ends with this error. */
  willRetry: boolean;
  threadId: string;
  turnId: string;
};
