// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CreditsSnapshot } from "./CreditsSnapshot.js";
import type { PlanType } from "./PlanType.js";
import type { RateLimitReachedType } from "./RateLimitReachedType.js";
import type { RateLimitWindow } from "./RateLimitWindow.js";
import type { SpendControlLimitSnapshot } from "./SpendControlLimitSnapshot.js";

/** Current rate-limit usage of the account: a primary (short) and a secondary (long) window, plus credits. */
export type RateLimitSnapshot = {
  /** Id of the metered limit this snapshot is about, such as `codex`. */
  limitId?: string | null;
  /** Display name of that limit. */
  limitName?: string | null;
  /** When the limit is an alias of a model, the model whose name and reasoning options describe it. */
  normalModelSlug?: string | null;
  primary?: RateLimitWindow | null;
  secondary?: RateLimitWindow | null;
  credits?: CreditsSnapshot | null;
  /** The spending limit of this user, when one is set. */
  individualLimit?: SpendControlLimitSnapshot | null;
  /** Whether a spending limit has been reached; null when the backend did not say. */
  spendControlReached?: boolean | null;
  planType?: PlanType | null;
  /** Which limit was reached, when one was. */
  rateLimitReachedType?: RateLimitReachedType | null;
};
