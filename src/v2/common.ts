/**
 * Small v2 building blocks used across threads, turns and items: approval and sandbox settings,
 * user input, session source, git metadata and turn errors. These are the camelCase v2 forms;
 * several share a name with a differently shaped v1 type at the root.
 */
import {
  array,
  bool,
  def,
  externallyTagged,
  int32,
  maybe,
  object,
  optional,
  ref,
  since,
  str,
  stringEnum,
  tagged,
  type TSchema,
  uint16,
  uint64,
  variant,
} from '../schema.js';

export const AskForApproval = def('v2', 'AskForApproval', 'When the agent must ask the user before acting.', {
  '0.64.0': {
    description:
      'When the agent must ask the user before running a command. camelCase values; v1 uses kebab-case (`on-request`, ...) and `untrusted` instead of `unlessTrusted`.',
    schema: stringEnum(['unlessTrusted', 'onFailure', 'onRequest', 'never']),
  },
  '0.171.0': {
    description:
      'When the agent must ask the user before acting: one of the preset policies (kebab-case, as in the config file), or `{"granular": {...}}`, which says per kind of prompt whether it reaches the user (the server takes the granular form only from clients that opted in to `experimentalApi`).',
    schema: externallyTagged(
      ['untrusted', 'on-request', 'never'],
      {
        granular: object(
          {
            sandbox_approval: bool(
              'Whether approval requests for commands (including requests to run one outside the sandbox or with extra permissions) reach the user.',
            ),
            rules: bool('Whether the prompts that execution policy `prompt` rules call for reach the user.'),
            skill_approval: optional(bool("Whether approval requests for running a skill's scripts reach the user. Defaults to false.")),
            request_permissions: optional(
              bool("Whether the requests of the agent's `request_permissions` tool reach the user. Defaults to false."),
            ),
            mcp_elicitations: bool('Whether the elicitation prompts of MCP servers reach the user.'),
          },
          'Per kind of approval prompt: shown to the user (true), or refused without asking (false).',
        ),
      },
      '`untrusted`: ask for anything not known to be safe; `on-request`: the model decides when to ask; `never`: never ask.',
    ),
  },
});

export const SandboxMode = def(
  'v2',
  'SandboxMode',
  'Coarse sandbox level requested when starting or resuming a thread (a plain string, unlike the `SandboxPolicy` object that responses report).',
  {
    '0.64.0': stringEnum(['readOnly', 'workspaceWrite', 'dangerFullAccess']),
    '0.171.0': stringEnum(['read-only', 'workspace-write', 'danger-full-access']),
  },
);

export const NetworkAccess = def(
  'v2',
  'NetworkAccess',
  'Whether commands under an external sandbox may use the network.',
  stringEnum(['restricted', 'enabled']),
  { since: '0.171.0' },
);

export const SandboxPolicy = def(
  'v2',
  'SandboxPolicy',
  'Effective sandbox restrictions for commands the agent runs, tagged on `type`. The v1 form uses kebab-case tags and snake_case fields and is not accepted here.',
  tagged('type', {
    dangerFullAccess: variant({}, 'No sandbox: commands may read, write and use the network freely.'),
    readOnly: variant(
      { networkAccess: since('0.171.0', optional(bool('Whether commands may use the network. Defaults to false.'))) },
      'Commands may read the file system but not write to it.',
    ),
    externalSandbox: variant(
      { networkAccess: optional(ref(NetworkAccess, 'Network access inside the external sandbox. Defaults to `restricted`.')) },
      'Codex applies no sandbox of its own because the process already runs inside one the embedder controls.',
      { since: '0.171.0' },
    ),
    workspaceWrite: variant(
      {
        writableRoots: optional(
          array(str(), 'Extra directories, besides the working directory, that commands may write to. Defaults to an empty list.'),
        ),
        networkAccess: optional(bool('Whether commands may use the network. Defaults to false.')),
        excludeTmpdirEnvVar: optional(bool('When true, the directory named by `$TMPDIR` is not writable. Defaults to false.')),
        excludeSlashTmp: optional(bool('When true, `/tmp` is not writable. Defaults to false.')),
      },
      'Commands may write inside the working directory and the extra writable roots. TS lists all four fields as required, but the server fills in defaults when they are omitted.',
    ),
  }),
);

export const SandboxWorkspaceWrite = def(
  'v2',
  'SandboxWorkspaceWrite',
  'Settings of the workspace-write sandbox as the config file spells them (snake_case); every field may be left out and takes its default.',
  object({
    writable_roots: optional(
      array(str(), 'Extra directories, besides the working directory, that commands may write to. Defaults to none.'),
    ),
    network_access: optional(bool('Whether commands may use the network. Defaults to false.')),
    exclude_tmpdir_env_var: optional(bool('When true, the directory named by `$TMPDIR` is not writable. Defaults to false.')),
    exclude_slash_tmp: optional(bool('When true, `/tmp` is not writable. Defaults to false.')),
  }),
  { since: '0.171.0' },
);

export const ApprovalsReviewer = def(
  'v2',
  'ApprovalsReviewer',
  'Who answers the approval requests of a thread: the user (the default), or a reviewing sub-agent that looks into each request and approves or refuses it for the user (`auto_review`; the server still takes the older name `guardian_subagent`).',
  stringEnum(['user', 'auto_review', 'guardian_subagent']),
  { since: '0.171.0' },
);

export const ByteRange = def(
  'v2',
  'ByteRange',
  'A span of a UTF-8 string, in bytes: from `start` (inclusive) to `end` (exclusive).',
  object({
    start: uint64(),
    end: uint64(),
  }),
  { since: '0.171.0' },
);

export const TextElement = def(
  'v2',
  'TextElement',
  'A span of a text input that a client renders specially (a pasted block or an attachment shown as a placeholder, for example).',
  object({
    byteRange: ref(ByteRange, "Where the element sits in the input's `text`."),
    placeholder: maybe(str('Text shown in place of the element, if the client gave one.')),
  }),
  { since: '0.171.0' },
);

export const ImageDetail = def(
  'v2',
  'ImageDetail',
  'Resolution at which the model looks at an image: chosen by the model provider (`auto`), reduced, full, or as sent.',
  stringEnum(['auto', 'low', 'high', 'original']),
  { since: '0.171.0' },
);

/** The `detail` field of the image inputs; built fresh per use. */
function imageDetail(): TSchema {
  return maybe(ref(ImageDetail, "Resolution for the model; the provider's default when null or left out."));
}

/** The two ways a media input names its content (exactly one of them is given); built fresh per use. */
function mediaSource(kind: string): Record<string, TSchema> {
  return {
    url: optional(str(`URL of the ${kind}, which may also be a \`data:\` URL. Give this or \`fileId\`.`)),
    fileId: optional(str(`Id of a file uploaded to the model provider that holds the ${kind}. Give this or \`url\`.`)),
  };
}

export const UserInput = def('v2', 'UserInput', 'One piece of user-provided input to a turn, tagged on `type`.', {
  '0.64.0': {
    description:
      'One piece of user-provided input to a turn, tagged on `type`: text, a remote image, or an image file on the server machine.',
    schema: tagged('type', {
      text: variant({ text: str() }, 'Plain text typed by the user.'),
      image: variant({ url: str('Image URL, which may also be a `data:` URL.') }, 'An image given by URL.'),
      localImage: variant({ path: str('Path of the image file on the machine running the server.') }, 'An image read from a local file.'),
    }),
  },
  '0.171.0': {
    description:
      'One piece of user-provided input to a turn, tagged on `type`: text, an image or audio (by URL, uploaded file or local path), or a skill or mention the user picked.',
    schema: tagged('type', {
      text: variant(
        {
          text: str(),
          text_elements: optional(array(ref(TextElement), 'Spans of `text` the client renders specially. Defaults to none.')),
        },
        'Plain text typed by the user.',
      ),
      image: variant(
        { ...mediaSource('image'), detail: imageDetail() },
        'An image given by URL or by uploaded file id (upstream requires exactly one of the two).',
      ),
      localImage: variant(
        { path: str('Path of the image file on the machine running the server.'), detail: imageDetail() },
        'An image read from a local file.',
      ),
      audio: variant(mediaSource('audio'), 'An audio clip given by URL or by uploaded file id (upstream requires exactly one of the two).'),
      localAudio: variant(
        { path: str('Path of the audio file on the machine running the server.') },
        'An audio clip read from a local file.',
      ),
      skill: variant(
        { name: str('Name of the skill.'), path: str("Path of the skill's definition file.") },
        'A skill the user asked the agent to use.',
      ),
      mention: variant(
        { name: str('Name shown for the mentioned resource.'), path: str('Path or URI of the mentioned resource.') },
        'Something the user mentioned by name (an app, a plugin or a file, for example), for the agent to take into account.',
      ),
    }),
  },
});

export const ThreadId = def('v2', 'ThreadId', 'Identifier of a thread (a UUID string).', str(), { since: '0.171.0' });

export const AgentPath = def('v2', 'AgentPath', 'Path naming a spawned sub-agent within the tree of agents it belongs to.', str(), {
  since: '0.171.0',
});

export const SubAgentSource = def(
  'v2',
  'SubAgentSource',
  'Which kind of sub-agent created a thread. Externally tagged: built-in sub-agents are bare strings (snake_case), a spawned agent is `{"thread_spawn": {...}}`, any other `{"other": name}`.',
  externallyTagged(
    ['review', 'compact', 'memory_consolidation'],
    {
      thread_spawn: object(
        {
          parent_thread_id: ref(ThreadId, 'Thread of the agent that spawned this one.'),
          depth: int32('How many spawns separate this agent from the root agent.'),
          agent_path: maybe(ref(AgentPath)),
          agent_nickname: maybe(str('Name the spawned agent goes by, when it has one.')),
          agent_role: maybe(str('Role the spawning agent gave it, when it did.')),
        },
        'An agent another agent spawned to work on part of a task.',
      ),
      other: str('Name of the sub-agent.'),
    },
    'Built-in sub-agents: a review, a history compaction, a memory consolidation.',
  ),
  { since: '0.171.0' },
);

export const SessionSource = def('v2', 'SessionSource', 'Which kind of client created a thread.', {
  '0.64.0': {
    description:
      'Which kind of client created a thread. Threads created through the app-server report `vscode`. Unlike v1, there is no sub-agent variant.',
    schema: stringEnum(['cli', 'vscode', 'exec', 'appServer', 'unknown']),
  },
  '0.171.0': {
    description:
      'Which kind of client created a thread. Externally tagged: a bare string for the known clients (threads created through the app-server report `vscode`), `{"custom": name}` for a client that named itself, `{"subAgent": ...}` for a thread a sub-agent runs.',
    schema: externallyTagged(
      ['cli', 'vscode', 'exec', 'appServer', 'unknown'],
      { custom: str('Name the client gave as its source.'), subAgent: ref(SubAgentSource) },
      'Known clients.',
    ),
  },
});

export const GitInfo = def(
  'v2',
  'GitInfo',
  'Git repository state recorded when a thread was created; each part is null when it could not be determined.',
  object({
    sha: maybe(str('Commit hash checked out at the time.')),
    branch: maybe(str('Current branch name.')),
    originUrl: maybe(str('URL of the `origin` remote.')),
  }),
);

/** Payload shared by the HTTP-related error kinds; built fresh for each branch. */
function httpFailure(): TSchema {
  return object({
    httpStatusCode: maybe(uint16('HTTP status returned by the model provider, when there was one.')),
  });
}

export const NonSteerableTurnKind = def(
  'v2',
  'NonSteerableTurnKind',
  'A kind of running turn that takes no further input until it ends: a review or a manual compaction.',
  stringEnum(['review', 'compact']),
  { since: '0.171.0' },
);

export const CodexErrorInfo = def('v2', 'CodexErrorInfo', 'Machine-readable classification of a turn error.', {
  '0.64.0': {
    description:
      'Machine-readable classification of a turn error. Externally tagged: simple kinds are bare strings, HTTP-related kinds are single-key objects carrying the status code. v1 uses the same kinds in snake_case.',
    schema: externallyTagged(
      ['contextWindowExceeded', 'usageLimitExceeded', 'internalServerError', 'unauthorized', 'badRequest', 'sandboxError', 'other'],
      {
        httpConnectionFailed: httpFailure(),
        responseStreamConnectionFailed: httpFailure(),
        responseStreamDisconnected: httpFailure(),
        responseTooManyFailedAttempts: httpFailure(),
      },
      'Error kinds that carry no extra data.',
    ),
  },
  '0.171.0': {
    description:
      "Machine-readable classification of a turn error. Externally tagged: simple kinds are bare strings; HTTP-related kinds are single-key objects carrying the provider's status code, and `activeTurnNotSteerable` names the kind of turn that refused more input.",
    schema: externallyTagged(
      [
        'contextWindowExceeded',
        'sessionBudgetExceeded',
        'usageLimitExceeded',
        'rateLimitExceeded',
        'flexUnavailable',
        'serverOverloaded',
        'modelNotFound',
        'policyCapacityUnavailable',
        'inferenceHookDenied',
        'cyberPolicy',
        'bioPolicy',
        'misalignmentPolicyViolation',
        'tooManyDenials',
        'internalServerError',
        'unauthorized',
        'badRequest',
        'threadRollbackFailed',
        'sandboxError',
        'other',
      ],
      {
        httpConnectionFailed: httpFailure(),
        responseStreamConnectionFailed: httpFailure(),
        responseStreamDisconnected: httpFailure(),
        responseTooManyFailedAttempts: httpFailure(),
        activeTurnNotSteerable: object({ turnKind: ref(NonSteerableTurnKind) }, 'Input was sent while a turn that takes none was running.'),
      },
      'Error kinds that carry no extra data.',
    ),
  },
});

export const TurnError = def(
  'v2',
  'TurnError',
  'An error that failed a turn, or a transient error reported through the `error` notification while the server retries.',
  object({
    message: str('Human-readable error message.'),
    codexErrorInfo: maybe(ref(CodexErrorInfo)),
    additionalDetails: since('0.171.0', maybe(str('More about the error, for display, when the server has it.'))),
    misalignment: since(
      '0.171.0',
      maybe(ref('v2/MisalignmentErrorDetails', 'Why a misalignment check blocked the turn and how to go on, when that is what happened.')),
    ),
  }),
);

// Types of the 0.171.0 protocol that several areas refer to.

export const AbsolutePathBuf = def(
  'v2',
  'AbsolutePathBuf',
  'An absolute, normalized file system path on the machine running the server (not necessarily existing, not resolved through symbolic links).',
  str(),
  { since: '0.171.0' },
);

export const LegacyAppPathString = def(
  'v2',
  'LegacyAppPathString',
  'A file system path passed through as the text it was given (it may be relative, and is not checked).',
  str(),
  { since: '0.171.0' },
);

export const SubAgentActivityKind = def(
  'v2',
  'SubAgentActivityKind',
  'What happened to a sub-agent: it started, the parent agent interacted with it, it was interrupted, or it completed.',
  stringEnum(['started', 'interacted', 'interrupted', 'completed']),
  { since: '0.171.0' },
);
