// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RequestId } from "./RequestId.js";

/** A request that expects a response carrying the same id. */
export type JSONRPCRequest = {
  /** Protocol version marker. The app-server never sends it; standard JSON-RPC peers may. */
  jsonrpc?: "2.0";
  id: RequestId;
  method: string;
  /** Method-specific parameters; absent for methods that take none. */
  params?: unknown;
};
