// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RateLimitSnapshot } from "./RateLimitSnapshot.js";

/** Result of `account/rateLimits/read`. */
export type GetAccountRateLimitsResponse = {
  rateLimits: RateLimitSnapshot;
};
