// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How Codex is authenticated with an MCP server. Note `o_auth`, not `oauth`. */
export type McpAuthStatus = "unsupported" | "not_logged_in" | "bearer_token" | "o_auth";
