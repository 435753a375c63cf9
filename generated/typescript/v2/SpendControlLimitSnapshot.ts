// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A spending limit set on the account, with how much of it is used. */
export type SpendControlLimitSnapshot = {
  /** The limit, as a decimal string. */
  limit: string;
  /** Amount spent so far, as a decimal string. */
  used: string;
  /** Share of the limit still available, in percent. */
  remainingPercent: number;
  /** When the limit resets, as Unix time in seconds. */
  resetsAt: number;
};
