// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AccountRoutingOverride } from "./AccountRoutingOverride.js";

/** Where the requests of the selected ChatGPT workspace go, as the server found out from the backend. */
export type WorkspaceRouting = {
  /** The ChatGPT workspace (account) id. */
  chatgptAccountId: string;
  /** Origin of the backend that serves the workspace. */
  backendOrigin: string;
  accountRoutingOverride: AccountRoutingOverride;
};
