// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JSONRPCError } from "./JSONRPCError.js";
import type { JSONRPCNotification } from "./JSONRPCNotification.js";
import type { JSONRPCRequest } from "./JSONRPCRequest.js";
import type { JSONRPCResponse } from "./JSONRPCResponse.js";

/** Any message on the wire. Told apart by JSON-RPC's own rules: `method` + `id` is a request, `method` alone a notification, `result` a response, `error` an error. */
export type JSONRPCMessage = JSONRPCRequest | JSONRPCNotification | JSONRPCResponse | JSONRPCError;
