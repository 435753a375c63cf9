// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** State of the account's credits (v1 snake_case form). */
export type CreditsSnapshot = {
  /** Whether the account has any credits. */
  has_credits: boolean;
  /** Whether credits are unlimited. */
  unlimited: boolean;
  /** Remaining balance, as a decimal string. */
  balance?: string | null;
};
