// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Credit balance of the account, as reported by the backend alongside its rate limits. */
export type CreditsSnapshot = {
  /** Whether the account has credits at all. */
  hasCredits: boolean;
  /** Whether the credits are unlimited. */
  unlimited: boolean;
  /** Remaining balance, sent as a decimal string. */
  balance?: string | null;
};
