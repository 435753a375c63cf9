// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A one-way message; it has no id and gets no response. */
export type JSONRPCNotification = {
  /** Protocol version marker. The app-server never sends it; standard JSON-RPC peers may. */
  jsonrpc?: "2.0";
  method: string;
  /** Method-specific parameters; absent for methods that take none. */
  params?: unknown;
};
