// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Any notification a client sends to the app-server. */
export type ClientNotification = {
  /** Optional JSON-RPC version marker; the app-server never sends it. */
  jsonrpc?: "2.0";
  method: "initialized";
  /** This method takes no params: leave the key out (null is tolerated). */
  params?: null;
};
