// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RateLimitSnapshot } from "./RateLimitSnapshot.js";
import type { TokenUsageInfo } from "./TokenUsageInfo.js";

/** Updated token usage and rate-limit figures (`token_count`). */
export type TokenCountEvent = {
  /** Cumulative and last-turn usage; null before the first usage is known. */
  info?: TokenUsageInfo | null;
  /** Latest rate-limit snapshot; sent with all-null members when there is no data. */
  rate_limits?: RateLimitSnapshot | null;
};
