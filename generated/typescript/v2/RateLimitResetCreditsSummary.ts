// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RateLimitResetCredit } from "./RateLimitResetCredit.js";

/** The reset credits of the account. */
export type RateLimitResetCreditsSummary = {
  /** How many credits are available. */
  availableCount: number;
  /** The available credits, when the details were fetched (possibly fewer than `availableCount`); null when only the count is known. */
  credits?: Array<RateLimitResetCredit> | null;
};
