// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { McpAuthStatus } from "./McpAuthStatus.js";
import type { Resource } from "./Resource.js";
import type { ResourceTemplate } from "./ResourceTemplate.js";
import type { Tool } from "./Tool.js";

/** Reply listing the tools, resources and auth states of all MCP servers (`mcp_list_tools_response`). */
export type McpListToolsResponseEvent = {
  /** Tools keyed by fully qualified tool name. */
  tools: { [key: string]: Tool };
  /** Resources keyed by server name. */
  resources: { [key: string]: Array<Resource> };
  /** Resource templates keyed by server name. */
  resource_templates: { [key: string]: Array<ResourceTemplate> };
  /** Authentication state keyed by server name. */
  auth_statuses: { [key: string]: McpAuthStatus };
};
