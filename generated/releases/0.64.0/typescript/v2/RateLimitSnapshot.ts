// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CreditsSnapshot } from "./CreditsSnapshot.js";
import type { RateLimitWindow } from "./RateLimitWindow.js";

/** Current rate-limit usage of the account: a primary (short) and a secondary (long) window, plus credits. */
export type RateLimitSnapshot = {
  primary?: RateLimitWindow | null;
  secondary?: RateLimitWindow | null;
  credits?: CreditsSnapshot | null;
};
