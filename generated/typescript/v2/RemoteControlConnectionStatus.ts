// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** State of the server's remote-control connection. */
export type RemoteControlConnectionStatus = "disabled" | "connecting" | "connected" | "errored";
