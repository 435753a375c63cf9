/**
 * The effective configuration as `config/read` returns it since 0.171.0 (`Config`), and the
 * settings tables inside it: tools, web search, browser use, computer use, analytics. Keys are
 * snake_case, as in `config.toml`. Every object stays open: keys this library does not list are
 * other settings of the file.
 */
import { array, bool, def, int64, map, maybe, object, ref, str, stringEnum, Type } from '../schema.js';
import { JsonValue } from '../core/common.js';

export const AllowDenyRequirement = def(
  'v2',
  'AllowDenyRequirement',
  'A policy decision for one kind of access: `allow` or `deny`.',
  stringEnum(['allow', 'deny']),
  { since: '0.171.0' },
);

export const AutoCompactTokenLimitScope = def(
  'v2',
  'AutoCompactTokenLimitScope',
  'What counts against the automatic compaction token limit: the whole active context (`total`), or only what was added after the prefix carried over from the last compaction (`body_after_prefix`).',
  stringEnum(['total', 'body_after_prefix']),
  { since: '0.171.0' },
);

export const ForcedChatgptWorkspaceIds = def(
  'v2',
  'ForcedChatgptWorkspaceIds',
  'The ChatGPT workspaces sign-in is restricted to: one workspace id, or a list of them.',
  Type.Union([str(), array(str())]),
  { since: '0.171.0' },
);

export const AnalyticsConfig = def(
  'v2',
  'AnalyticsConfig',
  'The `analytics` table: whether usage analytics are sent.',
  object({
    enabled: maybe(bool('Whether analytics are on; null when the file does not say.')),
  }),
  { since: '0.171.0' },
);

export const WebSearchContextSize = def(
  'v2',
  'WebSearchContextSize',
  'How much search context the web search tool gives the model.',
  stringEnum(['low', 'medium', 'high']),
  { since: '0.171.0' },
);

export const WebSearchLocation = def(
  'v2',
  'WebSearchLocation',
  'Approximate user location the web search tool uses to localise results.',
  object({
    city: maybe(str()),
    country: maybe(str('Country, as a two-letter code.')),
    region: maybe(str()),
    timezone: maybe(str('IANA time zone name, such as `Europe/Paris`.')),
  }),
  { since: '0.171.0' },
);

export const WebSearchMode = def(
  'v2',
  'WebSearchMode',
  'Whether and how the model may search the web: not at all, from a cache, from an index, or live.',
  stringEnum(['disabled', 'cached', 'indexed', 'live']),
  { since: '0.171.0' },
);

export const WebSearchProvider = def(
  'v2',
  'WebSearchProvider',
  'Which web search implementation the client prefers: the standalone tool or search through an MCP server.',
  stringEnum(['standalone', 'search_mcp']),
  { since: '0.171.0' },
);

export const WebSearchToolConfig = def(
  'v2',
  'WebSearchToolConfig',
  'The `tools.web_search` table: options of the web search tool.',
  object({
    allowed_domains: maybe(array(str(), 'Domains the search is limited to.')),
    context_size: maybe(ref(WebSearchContextSize)),
    location: maybe(ref(WebSearchLocation)),
  }),
  { since: '0.171.0' },
);

export const ToolsV2 = def(
  'v2',
  'ToolsV2',
  'The `tools` table: options of the built-in tools.',
  object({
    web_search: maybe(ref(WebSearchToolConfig)),
  }),
  { since: '0.171.0' },
);

export const BrowserUseOriginPolicyConfig = def(
  'v2',
  'BrowserUseOriginPolicyConfig',
  'What the browser tool may do on a site: visit it, download, upload, and use the full DevTools protocol. A null entry leaves the decision to the default.',
  object({
    access: maybe(ref(AllowDenyRequirement)),
    downloads: maybe(ref(AllowDenyRequirement)),
    full_cdp_access: maybe(ref(AllowDenyRequirement)),
    uploads: maybe(ref(AllowDenyRequirement)),
  }),
  { since: '0.171.0' },
);

export const BrowserUseConfig = def(
  'v2',
  'BrowserUseConfig',
  'The `browser_use` table: what the browser tool may do.',
  object({
    allow_history_access: maybe(bool('Whether the tool may read the browser history.')),
    default_origin_policy: maybe(ref(BrowserUseOriginPolicyConfig, 'The policy of sites without an entry in `origins`.')),
    origins: maybe(map(ref(BrowserUseOriginPolicyConfig), 'Policies by site origin.')),
  }),
  { since: '0.171.0' },
);

export const ComputerUseMacosConfig = def(
  'v2',
  'ComputerUseMacosConfig',
  'Computer use on macOS: decisions by application bundle id.',
  object({
    bundle_ids: maybe(map(ref(AllowDenyRequirement), 'Decisions keyed by bundle id, such as `com.apple.Safari`.')),
  }),
  { since: '0.171.0' },
);

export const ComputerUseWindowsExeConfig = def(
  'v2',
  'ComputerUseWindowsExeConfig',
  'A decision about one Windows program, identified by its publisher and product (and optionally its file name).',
  object({
    access: ref(AllowDenyRequirement),
    binary_name: maybe(str('Executable file name, when the entry is limited to one.')),
    product_name: str(),
    publisher_name: str(),
  }),
  { since: '0.171.0' },
);

export const ComputerUseWindowsConfig = def(
  'v2',
  'ComputerUseWindowsConfig',
  'Computer use on Windows: decisions by application user model id and by program.',
  object({
    aumids: maybe(map(ref(AllowDenyRequirement), 'Decisions keyed by application user model id.')),
    exes: maybe(array(ref(ComputerUseWindowsExeConfig), 'Decisions about programs.')),
  }),
  { since: '0.171.0' },
);

export const ComputerUseConfig = def(
  'v2',
  'ComputerUseConfig',
  'The `computer_use` table: which desktop applications the computer use tool may operate.',
  object({
    default_app_access: maybe(ref(AllowDenyRequirement, 'The decision for applications no entry names.')),
    macos: maybe(ref(ComputerUseMacosConfig)),
    windows: maybe(ref(ComputerUseWindowsConfig)),
  }),
  { since: '0.171.0' },
);

export const Config = def(
  'v2',
  'Config',
  'The effective configuration after merging every layer: the settings this library knows by name, plus any other key of the config file as it is written there.',
  object({
    analytics: maybe(ref(AnalyticsConfig)),
    approval_policy: maybe(ref('v2/AskForApproval', 'When the agent asks before running commands.')),
    approvals_reviewer: maybe(ref('v2/ApprovalsReviewer', '[UNSTABLE] Who reviews approval requests by default.')),
    browser_use: maybe(ref(BrowserUseConfig)),
    client_search_provider: maybe(ref(WebSearchProvider, "The client's preferred search provider; the model's own choice wins.")),
    compact_prompt: maybe(str('Prompt the model is given to summarise the history when it is compacted.')),
    computer_use: maybe(ref(ComputerUseConfig)),
    desktop: maybe(map(ref(JsonValue), 'Settings of the desktop app, kept as written.')),
    developer_instructions: maybe(str('Extra developer instructions given to the model.')),
    forced_chatgpt_workspace_id: maybe(ref(ForcedChatgptWorkspaceIds)),
    forced_login_method: maybe(ref('ForcedLoginMethod')),
    instructions: maybe(str()),
    model: maybe(str()),
    model_auto_compact_token_limit: maybe(int64('Token count at which the history is compacted automatically.')),
    model_auto_compact_token_limit_scope: maybe(ref(AutoCompactTokenLimitScope)),
    model_context_window: maybe(int64('Context window of the model, in tokens.')),
    model_provider: maybe(str('Id of the model provider.')),
    model_reasoning_effort: maybe(ref('ReasoningEffort')),
    model_reasoning_summary: maybe(ref('ReasoningSummary')),
    model_verbosity: maybe(ref('Verbosity')),
    review_model: maybe(str('Model used for code reviews.')),
    sandbox_mode: maybe(ref('v2/SandboxMode')),
    sandbox_workspace_write: maybe(ref('v2/SandboxWorkspaceWrite', 'Options of the workspace-write sandbox.')),
    service_tier: maybe(str()),
    tools: maybe(ref(ToolsV2)),
    web_search: maybe(ref(WebSearchMode)),
  }),
  { since: '0.171.0' },
);
