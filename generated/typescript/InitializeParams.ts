// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ClientInfo } from "./ClientInfo.js";
import type { InitializeCapabilities } from "./InitializeCapabilities.js";

/** Params of `initialize`, the first request a client sends: who the client is. */
export type InitializeParams = {
  clientInfo: ClientInfo;
  /** What the client supports; left out or null means the defaults. */
  capabilities?: InitializeCapabilities | null;
};
