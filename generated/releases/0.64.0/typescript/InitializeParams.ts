// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ClientInfo } from "./ClientInfo.js";

/** Params of `initialize`, the first request a client sends: who the client is. */
export type InitializeParams = {
  clientInfo: ClientInfo;
};
