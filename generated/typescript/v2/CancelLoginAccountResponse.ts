// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CancelLoginAccountStatus } from "./CancelLoginAccountStatus.js";

/** Result of `account/login/cancel`. */
export type CancelLoginAccountResponse = {
  status: CancelLoginAccountStatus;
};
