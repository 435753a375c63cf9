// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TurnAbortReason } from "./TurnAbortReason.js";

/** A turn stopped before completing (`turn_aborted`), for example after an interrupt. */
export type TurnAbortedEvent = {
  reason: TurnAbortReason;
};
