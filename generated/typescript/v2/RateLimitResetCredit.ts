// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RateLimitResetCreditStatus } from "./RateLimitResetCreditStatus.js";
import type { RateLimitResetType } from "./RateLimitResetType.js";

/** A credit the account can redeem to reset its rate limits early. */
export type RateLimitResetCredit = {
  /** Opaque id of the credit. */
  id: string;
  resetType: RateLimitResetType;
  status: RateLimitResetCreditStatus;
  /** When the credit was granted, as Unix time in seconds. */
  grantedAt: number;
  /** When the credit expires, as Unix time in seconds; null when it does not. */
  expiresAt?: number | null;
  /** Title to show for the credit. */
  title?: string | null;
  /** Text to show for the credit. */
  description?: string | null;
};
