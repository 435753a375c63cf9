// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { RateLimitResetCreditsSummary } from "./RateLimitResetCreditsSummary.js";
import type { RateLimitSnapshot } from "./RateLimitSnapshot.js";

/** Result of `account/rateLimits/read`. */
export type GetAccountRateLimitsResponse = {
  rateLimits: RateLimitSnapshot;
  /** A snapshot per metered limit, keyed by its `limitId`. */
  rateLimitsByLimitId?: { [key: string]: RateLimitSnapshot } | null;
  /** Whether the account may use its included usage now; null when unknown. */
  ordinaryUsageAllowed?: boolean | null;
  rateLimitResetCredits?: RateLimitResetCreditsSummary | null;
  /** The account the figures are for, when the backend says. */
  accountId?: string | null;
  /** A banner the backend wants shown, passed on as the backend sent it (its keys are snake_case); absent or null when there is none. */
  rateLimitUpsell?: JsonValue | null;
};
