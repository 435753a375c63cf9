// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CreditsSnapshot } from "./CreditsSnapshot.js";
import type { RateLimitWindow } from "./RateLimitWindow.js";

/** Rate-limit state reported with token counts (v1 snake_case form). Each part is null when there is no data. */
export type RateLimitSnapshot = {
  /** The shorter rate-limit window. */
  primary?: RateLimitWindow | null;
  /** The longer rate-limit window. */
  secondary?: RateLimitWindow | null;
  credits?: CreditsSnapshot | null;
};
