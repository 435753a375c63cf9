// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Account } from "./Account.js";

/** Result of `account/read`. */
export type GetAccountResponse = {
  /** The current credentials; null when nobody is signed in. */
  account?: Account | null;
  /** Whether the configured model provider needs OpenAI credentials at all. */
  requiresOpenaiAuth: boolean;
};
