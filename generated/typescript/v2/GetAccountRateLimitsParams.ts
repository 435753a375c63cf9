// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `account/rateLimits/read`: what the asking client supports. */
export type GetAccountRateLimitsParams = {
  /** The client handles the automatic Luna Reserve fallback. Defaults to false. */
  supportsLunaReserve?: boolean;
  /** Leave out the reset-credit details (the count stays), as for a background poll. Defaults to false. */
  excludeResetCreditDetails?: boolean;
};
