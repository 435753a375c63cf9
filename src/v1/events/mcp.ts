/** EventMsg payloads about MCP servers: startup, tool calls, listings and elicitation (catalog-v1 §1g). */
import { array, def, map, object, ref, str } from '../../schema.js';
import { RequestId } from '../../jsonrpc.js';
import { Duration } from '../core.js';
import {
  McpAuthStatus,
  McpInvocation,
  McpStartupFailure,
  McpStartupStatus,
  Resource,
  ResourceTemplate,
  ResultOfCallToolResultOrString,
  Tool,
} from '../../core/mcp.js';

export const McpStartupUpdateEvent = def(
  'root',
  'McpStartupUpdateEvent',
  "Progress of one MCP server's startup (`mcp_startup_update`).",
  object({
    server: str('Name of the MCP server.'),
    status: ref(McpStartupStatus),
  }),
);

export const McpStartupCompleteEvent = def(
  'root',
  'McpStartupCompleteEvent',
  'All configured MCP servers finished starting (`mcp_startup_complete`); sent with envelope id `""`, even when no server is configured.',
  object({
    ready: array(str(), 'Servers that started successfully.'),
    failed: array(ref(McpStartupFailure), 'Servers that failed to start, with the error.'),
    cancelled: array(str(), 'Servers whose startup was cancelled.'),
  }),
);

export const McpToolCallBeginEvent = def(
  'root',
  'McpToolCallBeginEvent',
  'The agent started calling an MCP tool (`mcp_tool_call_begin`).',
  object({
    call_id: str('Id pairing the begin and end events of this call.'),
    invocation: ref(McpInvocation),
  }),
);

export const McpToolCallEndEvent = def(
  'root',
  'McpToolCallEndEvent',
  'An MCP tool call finished (`mcp_tool_call_end`).',
  object({
    call_id: str('Id pairing the begin and end events of this call.'),
    invocation: ref(McpInvocation),
    duration: ref(Duration, 'Wall-clock time of the call, as `{secs, nanos}` (the upstream TS wrongly says string).'),
    result: ref(ResultOfCallToolResultOrString, 'The tool result as `{Ok: CallToolResult}` or the failure as `{Err: message}`.'),
  }),
);

export const McpListToolsResponseEvent = def(
  'root',
  'McpListToolsResponseEvent',
  'Reply listing the tools, resources and auth states of all MCP servers (`mcp_list_tools_response`).',
  object({
    tools: map(ref(Tool), 'Tools keyed by fully qualified tool name.'),
    resources: map(array(ref(Resource)), 'Resources keyed by server name.'),
    resource_templates: map(array(ref(ResourceTemplate)), 'Resource templates keyed by server name.'),
    auth_statuses: map(ref(McpAuthStatus), 'Authentication state keyed by server name.'),
  }),
);

export const ElicitationRequestEvent = def(
  'root',
  'ElicitationRequestEvent',
  'An MCP server asks the user for input (`elicitation_request`).',
  object({
    server_name: str('Name of the MCP server asking.'),
    id: ref(RequestId, "The MCP server's id for the elicitation request."),
    message: str('Prompt to show the user.'),
  }),
);
