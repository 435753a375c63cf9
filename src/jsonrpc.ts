/**
 * The JSON-RPC 2.0 envelope as the app-server speaks it: the `jsonrpc` member is never sent
 * (catalog Q1), but a standard peer that adds `"jsonrpc": "2.0"` still validates.
 */
import { def, int64, literal, nullable, object, optional, ref, str, Type, anything } from './schema.js';

const jsonrpcVersion = () =>
  optional(literal('2.0', 'Protocol version marker. The app-server never sends it; standard JSON-RPC peers may.'));

// JSON numbers stop being exact in JavaScript past 2^53 - 1, so a larger id would be answered
// under another one; the server takes 64-bit ids, this schema the ones every peer reads exactly.
export const RequestId = def(
  'root',
  'RequestId',
  'Identifier that pairs a request with its response, chosen by the sender: a string, or an integer within ±(2^53 - 1) written without fraction or exponent.',
  Type.Union([Type.String(), Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER })]),
);

export const JSONRPCRequest = def(
  'root',
  'JSONRPCRequest',
  'A request that expects a response carrying the same id.',
  object({
    jsonrpc: jsonrpcVersion(),
    id: ref(RequestId),
    method: str(),
    params: optional(anything('Method-specific parameters; absent for methods that take none.')),
  }),
);

export const JSONRPCNotification = def(
  'root',
  'JSONRPCNotification',
  'A one-way message; it has no id and gets no response.',
  object({
    jsonrpc: jsonrpcVersion(),
    method: str(),
    params: optional(anything('Method-specific parameters; absent for methods that take none.')),
  }),
);

export const JSONRPCResponse = def(
  'root',
  'JSONRPCResponse',
  "A successful answer to the request with the same id. The shape of `result` is given by the request's method.",
  object({
    jsonrpc: jsonrpcVersion(),
    id: ref(RequestId),
    result: anything('Method-specific result.'),
  }),
);

export const JSONRPCErrorError = def(
  'root',
  'JSONRPCErrorError',
  'The error object of a failed request.',
  object({
    code: int64('Error code. The app-server answers unknown methods and malformed params with -32600.'),
    message: str('Short human-readable description.'),
    data: optional(anything('Additional structured information about the error.')),
  }),
);

export const JSONRPCError = def(
  'root',
  'JSONRPCError',
  "A failed answer to the request with the same id; `id` is null when the request's id could not be read.",
  object({
    jsonrpc: jsonrpcVersion(),
    id: nullable(ref(RequestId)),
    error: ref(JSONRPCErrorError),
  }),
);

export const JSONRPCMessage = def(
  'root',
  'JSONRPCMessage',
  "Any message on the wire. Told apart by JSON-RPC's own rules: `method` + `id` is a request, `method` alone a notification, `result` a response, `error` an error.",
  Type.Union([ref(JSONRPCRequest), ref(JSONRPCNotification), ref(JSONRPCResponse), ref(JSONRPCError)]),
);
