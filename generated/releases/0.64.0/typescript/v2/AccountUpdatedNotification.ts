// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AuthMode } from "../AuthMode.js";

/** Params of `account/updated`: the server's authentication changed, e.g. after a login or logout. */
export type AccountUpdatedNotification = {
  /** How the server is now authenticated; null once signed out. */
  authMode?: AuthMode | null;
};
