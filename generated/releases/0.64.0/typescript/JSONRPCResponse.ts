// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RequestId } from "./RequestId.js";

/** A successful answer to the request with the same id. The shape of `result` is given by the request's method. */
export type JSONRPCResponse = {
  /** Protocol version marker. The app-server never sends it; standard JSON-RPC peers may. */
  jsonrpc?: "2.0";
  id: RequestId;
  /** Method-specific result. */
  result: unknown;
};
