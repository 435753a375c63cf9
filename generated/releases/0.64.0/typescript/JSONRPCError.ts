// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JSONRPCErrorError } from "./JSONRPCErrorError.js";
import type { RequestId } from "./RequestId.js";

/** A failed answer to the request with the same id; `id` is null when the request's id could not be read. */
export type JSONRPCError = {
  /** Protocol version marker. The app-server never sends it; standard JSON-RPC peers may. */
  jsonrpc?: "2.0";
  id: RequestId | null;
  error: JSONRPCErrorError;
};
