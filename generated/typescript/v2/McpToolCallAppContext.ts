// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The connected app (connector) an MCP tool call went through, for clients that show it. */
export type McpToolCallAppContext = {
  /** Identifier of the connector. */
  connectorId: string;
  /** Link identifier of the connector, when known. */
  linkId?: string | null;
  /** URI of the MCP resource that holds the app's interface, when it has one. */
  resourceUri?: string | null;
  /** Display name of the app, when known. */
  appName?: string | null;
  /** Display name of the action the tool performs, when known. */
  actionName?: string | null;
};
