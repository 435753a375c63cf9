// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "./JsonValue.js";

/** What the client declares it supports or wants, sent once with `initialize` and kept for the connection. */
export type InitializeCapabilities = {
  /** Show `humanCommand` approvals to a person and answer them with a one-time decision only. Needs `experimentalApi`. */
  requiredHumanApproval?: boolean;
  /** Sign in to the gateway with an explicit OAuth login rather than opening a browser automatically. Holds for the whole server process, not only this connection. */
  explicitGatewayOauth?: boolean;
  /** Receive the experimental methods and fields as well. Defaults to false. */
  experimentalApi?: boolean;
  /** Accept `attestation/generate` requests from the server. Defaults to false. */
  requestAttestation?: boolean;
  /** Older way to opt in to the `openai/form` MCP extension; new clients list it under `extensions`. */
  mcpServerOpenaiFormElicitation?: boolean;
  /** Notification methods (exact names, e.g. `thread/started`) the server must not send on this connection. */
  optOutNotificationMethods?: Array<string> | null;
  /** MCP extension settings, by extension name. */
  extensions?: { [key: string]: JsonValue } | null;
};
