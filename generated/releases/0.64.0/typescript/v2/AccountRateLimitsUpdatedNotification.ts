// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RateLimitSnapshot } from "./RateLimitSnapshot.js";

/** Params of `account/rateLimits/updated`: fresh rate-limit figures arrived from the backend. */
export type AccountRateLimitsUpdatedNotification = {
  rateLimits: RateLimitSnapshot;
};
