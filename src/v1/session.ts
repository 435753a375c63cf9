/**
 * v1 session, source and configuration types referenced by the v1 methods and events
 * (catalog-v1 sections 2i and 2j). Enum values are kebab-case and several names are shared
 * with differently shaped v2 types (AskForApproval, SandboxMode, SandboxPolicy, SessionSource).
 */
import {
  array,
  bool,
  def,
  externallyTagged,
  map,
  maybe,
  object,
  optional,
  ref,
  since,
  str,
  stringEnum,
  tagged,
  uint32,
  variant,
} from '../schema.js';
import { ConversationId, ReasoningEffort, ReasoningSummary, Verbosity } from '../core/common.js';

export const AskForApproval = def(
  'root',
  'AskForApproval',
  'When the agent must ask the user before running a command (v1 kebab-case values; v2 uses `unlessTrusted`, `onFailure`, `onRequest`, `never`).',
  stringEnum(['untrusted', 'on-failure', 'on-request', 'never']),
);

export const SandboxMode = def(
  'root',
  'SandboxMode',
  'Coarse sandbox level requested for a new conversation (v1 kebab-case values).',
  stringEnum(['read-only', 'workspace-write', 'danger-full-access']),
);

export const SandboxPolicy = def(
  'root',
  'SandboxPolicy',
  'Sandbox restrictions for commands the agent runs (v1 form), tagged on `type` with kebab-case values and snake_case fields. The v2 camelCase tags are rejected.',
  tagged('type', {
    'danger-full-access': variant({}, 'No sandbox: commands may read, write and use the network freely.'),
    'read-only': variant({}, 'Commands may read the file system but not write to it.'),
    'workspace-write': variant(
      {
        writable_roots: optional(array(str(), 'Extra directories, besides the working directory, that commands may write to.')),
        network_access: optional(bool('Whether commands may use the network. Defaults to false.')),
        exclude_tmpdir_env_var: optional(bool('When true, the directory named by `$TMPDIR` is not writable. Defaults to false.')),
        exclude_slash_tmp: optional(bool('When true, `/tmp` is not writable. Defaults to false.')),
      },
      'Commands may write inside the working directory and the extra writable roots. TS lists the booleans as required, but the server defaults them to false when omitted.',
    ),
  }),
);

export const ForcedLoginMethod = def(
  'root',
  'ForcedLoginMethod',
  'Login method an administrator has restricted Codex to: ChatGPT sign-in or an API key.',
  stringEnum(['chatgpt', 'api']),
);

export const SubAgentSource = def(
  'root',
  'SubAgentSource',
  'Which kind of sub-agent created a session. Externally tagged: `review` and `compact` are bare strings; any other sub-agent is `{"other": name}`.',
  externallyTagged(['review', 'compact'], { other: str('Name of the sub-agent.') }, 'Built-in sub-agents.'),
);

export const SessionSource = def(
  'root',
  'SessionSource',
  'Which kind of client created a session (v1 form). Externally tagged: a bare string, or `{"subagent": SubAgentSource}` for sessions spawned by another agent. Sessions created through the app-server report `vscode`.',
  externallyTagged(['cli', 'vscode', 'exec', 'mcp', 'unknown'], { subagent: ref(SubAgentSource) }, 'Top-level clients.'),
);

export const ConversationGitInfo = def(
  'root',
  'ConversationGitInfo',
  'Git repository state recorded when a conversation started (snake_case, unlike most v1 method payloads). Each part is null when unknown.',
  object({
    sha: maybe(str('Commit hash checked out at the time.')),
    branch: maybe(str('Current branch name.')),
    origin_url: maybe(str('URL of the `origin` remote.')),
  }),
);

export const ConversationSummary = def(
  'root',
  'ConversationSummary',
  'Summary of a recorded conversation, as returned by `listConversations` and `getConversationSummary`.',
  object({
    conversationId: ref(ConversationId),
    path: str("Path of the conversation's rollout file."),
    preview: str('Start of the first user message, for display.'),
    timestamp: maybe(str('When the conversation started (RFC 3339), when known.')),
    modelProvider: str('Model provider the conversation used.'),
    cwd: str('Working directory of the conversation.'),
    cliVersion: str('Codex version that recorded the conversation.'),
    source: ref(SessionSource),
    gitInfo: maybe(ref(ConversationGitInfo)),
  }),
);

export const Tools = def(
  'root',
  'Tools',
  "Optional tools switched on or off in the user's configuration; null means not set.",
  object({
    webSearch: maybe(bool('Whether the web search tool is enabled.')),
    viewImage: maybe(bool('Whether the image viewing tool is enabled.')),
  }),
);

export const SandboxSettings = def(
  'root',
  'SandboxSettings',
  "Settings for the `workspace-write` sandbox from the user's configuration.",
  object({
    writableRoots: optional(array(str(), 'Extra writable directories. Defaults to an empty list.')),
    networkAccess: maybe(bool('Whether commands may use the network.')),
    excludeTmpdirEnvVar: maybe(bool('When true, the directory named by `$TMPDIR` is not writable.')),
    excludeSlashTmp: maybe(bool('When true, `/tmp` is not writable.')),
  }),
);

export const Profile = def(
  'root',
  'Profile',
  "A named configuration profile from the user's config file; unset keys are null.",
  object({
    model: maybe(str('Model slug.')),
    modelProvider: maybe(str('Model provider id.')),
    approvalPolicy: maybe(ref(AskForApproval)),
    modelReasoningEffort: maybe(ref(ReasoningEffort)),
    modelReasoningSummary: maybe(ref(ReasoningSummary)),
    modelVerbosity: maybe(ref(Verbosity)),
    chatgptBaseUrl: maybe(str('Base URL of the ChatGPT backend.')),
  }),
);

export const UserSavedConfig = def(
  'root',
  'UserSavedConfig',
  "The settings saved in the user's Codex config file, as returned by `getUserSavedConfig`. Unset keys are sent as null and `profiles` as `{}` when there are none.",
  object({
    approvalPolicy: maybe(ref(AskForApproval)),
    sandboxMode: maybe(ref(SandboxMode)),
    sandboxSettings: maybe(ref(SandboxSettings)),
    forcedChatgptWorkspaceId: maybe(str('ChatGPT workspace the user must sign in to, when an administrator has fixed one.')),
    forcedLoginMethod: maybe(ref(ForcedLoginMethod)),
    model: maybe(str('Default model slug.')),
    modelReasoningEffort: maybe(ref(ReasoningEffort)),
    modelReasoningSummary: maybe(ref(ReasoningSummary)),
    modelVerbosity: maybe(ref(Verbosity)),
    tools: maybe(ref(Tools)),
    profile: maybe(str('Name of the active profile.')),
    profiles: map(ref(Profile), 'Configured profiles by name.'),
  }),
);

export const InputItem = def(
  'root',
  'InputItem',
  'One piece of user input for `sendUserMessage` / `sendUserTurn`. Adjacently tagged: the camelCase `type` names the kind and `data` holds its snake_case fields, e.g. `{"type":"localImage","data":{"path":"..."}}`.',
  tagged('type', {
    text: variant({ data: object({ text: str() }) }, 'Plain text typed by the user.'),
    image: variant({ data: object({ image_url: str('Image URL, which may be a `data:` URL.') }) }, 'An image given by URL.'),
    localImage: variant(
      { data: object({ path: str('Path of the image file on the machine running the server.') }) },
      'An image read from a local file.',
    ),
  }),
);

export const ClientInfo = def(
  'root',
  'ClientInfo',
  'Identifies the client application in `initialize`; used to build the user agent.',
  object({
    name: str('Client name, e.g. the IDE extension id.'),
    title: maybe(str('Human-readable client name.')),
    version: str('Client version.'),
  }),
);

export const FuzzyFileSearchResult = def(
  'root',
  'FuzzyFileSearchResult',
  'One file matched by `fuzzyFileSearch` (note the snake_case `file_name`).',
  object({
    root: str('Search root the file was found under.'),
    path: str('Path of the file relative to `root`.'),
    match_type: since('0.171.0', ref('FuzzyFileSearchMatchType', 'Whether the match is a file or a directory.')),
    file_name: str('Base name of the file.'),
    score: uint32('Match score; higher is better.'),
    indices: maybe(array(uint32(), 'Positions in `path` of the matched characters, for highlighting.')),
  }),
);
