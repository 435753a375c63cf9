// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AuthMode } from "../AuthMode.js";
import type { AccountUpdateReason } from "./AccountUpdateReason.js";
import type { PlanType } from "./PlanType.js";

/** Params of `account/updated`: the server's authentication changed, e.g. after a login or logout. */
export type AccountUpdatedNotification = {
  /** How the server is now authenticated; null once signed out. */
  authMode?: AuthMode | null;
  /** The ChatGPT plan, when signed in with ChatGPT. */
  planType?: PlanType | null;
  /** Set when the notification reports something other than a change of sign-in. */
  reason?: AccountUpdateReason | null;
};
