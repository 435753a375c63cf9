// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AuthMode } from "./AuthMode.js";

/** Params of `authStatusChange`: the server's sign-in state changed. Deprecated in favour of `account/updated`. */
export type AuthStatusChangeNotification = {
  /** New sign-in method; null when signed out. */
  authMethod?: AuthMode | null;
};
