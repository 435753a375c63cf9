// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** State of a reset credit: available, being redeemed, redeemed, or not known to this release. */
export type RateLimitResetCreditStatus = "available" | "redeeming" | "redeemed" | "unknown";
