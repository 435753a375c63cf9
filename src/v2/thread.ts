/**
 * v2 threads (a conversation with the agent): the thread object and what it is made of, and the
 * `thread/start` and `thread/resume` requests. Listing, archiving and compacting are in
 * `thread-list.ts`.
 */
import {
  array,
  bool,
  def,
  externallyTagged,
  int64,
  map,
  maybe,
  nullable,
  object,
  optional,
  ref,
  removed,
  since,
  str,
  stringEnum,
  tagged,
  type TSchema,
  Type,
  variant,
} from '../schema.js';
import { JsonValue, ReasoningEffort } from '../core/common.js';
import { ResponseItem } from '../core/response-item.js';
import {
  AbsolutePathBuf,
  ApprovalsReviewer,
  AskForApproval,
  GitInfo,
  LegacyAppPathString,
  SandboxMode,
  SandboxPolicy,
  SessionSource,
} from './common.js';
import { CollaborationMode, Personality, Turn, TurnsPage } from './turn.js';

export const ThreadActiveFlag = def(
  'v2',
  'ThreadActiveFlag',
  'Why a running thread is waiting on the client: for the answer to an approval request, or for input the agent asked the user for.',
  stringEnum(['waitingOnApproval', 'waitingOnUserInput']),
  { since: '0.171.0' },
);

export const ThreadStatus = def(
  'v2',
  'ThreadStatus',
  'What a thread is doing as far as this server knows, tagged on `type`.',
  tagged('type', {
    notLoaded: variant({}, 'The thread is stored but not loaded in this server process.'),
    idle: variant({}, 'The thread is loaded and no turn is running.'),
    systemError: variant({}, 'The thread is loaded and in an error state (for example after the model provider refused a turn).'),
    active: variant(
      {
        activeFlags: array(ref(ThreadActiveFlag), 'What the running turn waits for, if anything; empty while the agent works on its own.'),
      },
      'A turn is running.',
    ),
  }),
  { since: '0.171.0' },
);

export const ThreadHistoryMode = def(
  'v2',
  'ThreadHistoryMode',
  "How a thread's history is stored, fixed when the thread is created: `paginated` history can be read a page of turns or items at a time; `legacy` history is only read whole.",
  stringEnum(['legacy', 'paginated']),
  { since: '0.171.0' },
);

export const ThreadSectionAppearance = def(
  'v2',
  'ThreadSectionAppearance',
  'How clients show a thread section; every part is optional and clients may ignore what they do not know.',
  object({
    color: maybe(str('Colour of the section, as the client that set it names it.')),
    icon: maybe(str('Icon of the section, as the client that set it names it.')),
  }),
  { since: '0.171.0' },
);

export const ThreadSection = def(
  'v2',
  'ThreadSection',
  'A user-made group that threads can be filed under, stored apart from the threads themselves.',
  object({
    id: str('Identifier of the section (a UUID); it stays the same when the section is renamed.'),
    name: str('Name of the section as the user sees it.'),
    appearance: maybe(ref(ThreadSectionAppearance, 'How clients show the section, when it was set.')),
  }),
  { since: '0.171.0' },
);

export const ThreadSource = def(
  'v2',
  'ThreadSource',
  'Free-form label of where a thread came from, for analytics (for example `user` or `subagent`).',
  str(),
  { since: '0.171.0' },
);

export const ThreadEnvironment = def(
  'v2',
  'ThreadEnvironment',
  'An execution environment a loaded thread uses, whether or not it is connected at the moment.',
  object({
    environmentId: str('Identifier of the environment (`local` for the server machine).'),
    cwd: ref(LegacyAppPathString, 'Working directory of the thread in that environment.'),
    runtimeWorkspaceRoots: array(ref(LegacyAppPathString), 'Workspace roots the thread uses in that environment.'),
  }),
  { since: '0.171.0' },
);

export const ThreadExtra = def(
  'v2',
  'ThreadExtra',
  'Extra data attached to a thread, as a JSON object whose keys the protocol does not fix.',
  Type.Object({}, { additionalProperties: true }) as TSchema,
  { since: '0.171.0' },
);

export const Thread = def('v2', 'Thread', 'A conversation between the user and the agent, made of turns.', {
  '0.64.0': object({
    id: str('Thread id (a UUID); the same value is the v1 conversation id.'),
    preview: str('Short preview of the thread, usually its first user message.'),
    modelProvider: str('Model provider the thread uses.'),
    createdAt: int64('Creation time, in Unix seconds. A 64-bit integer on the server, sent as a plain JSON number.'),
    path: str('[UNSTABLE] Path of the rollout file that stores the thread on the server.'),
    cwd: str('Working directory of the thread.'),
    cliVersion: str('Version of Codex that created the thread.'),
    source: ref(SessionSource),
    gitInfo: maybe(ref(GitInfo, 'Git state when the thread was created, when it was recorded.')),
    turns: array(ref(Turn), 'Turns of the thread. Only filled in `thread/resume` responses; an empty list elsewhere.'),
  }),
  '0.171.0': object({
    id: str('Thread id (a UUID).'),
    sessionId: str('Id of the session the thread belongs to; a thread and the sub-agent threads it spawns share one.'),
    forkedFromId: maybe(str('The thread this one was forked from, if it was.')),
    parentThreadId: maybe(str("For a sub-agent's thread: the thread of the agent that spawned it.")),
    preview: str('Short preview of the thread, usually its first user message; empty before there is one.'),
    ephemeral: bool('Whether the thread lives only in memory, without a file on disk.'),
    section: maybe(ref(ThreadSection, 'The section the thread is filed under, if any.')),
    sectionEnteredAt: maybe(int64('When the thread was filed under its section, in Unix seconds.')),
    projectId: nullable(str('Project the server assigned the thread to; always sent, null when there is none.')),
    historyMode: optional(ref(ThreadHistoryMode, "How the thread's history is stored. Defaults to `legacy`.")),
    modelProvider: str('Model provider the thread uses.'),
    model: maybe(
      str(
        'Model in effect: the configured one while the thread is loaded, else the one last recorded. Not necessarily the model of each turn.',
      ),
    ),
    reasoningEffort: maybe(ref(ReasoningEffort, 'Reasoning effort in effect, found the same way as `model`; null when none is set.')),
    createdAt: int64('Creation time, in Unix seconds.'),
    updatedAt: int64('Time of the last change, in Unix seconds.'),
    recencyAt: maybe(int64('Time the thread is ordered by when listing by recency, in Unix seconds.')),
    status: ref(ThreadStatus),
    path: maybe(str('[UNSTABLE] Path of the rollout file that stores the thread on the server; null for an ephemeral thread.')),
    cwd: ref(AbsolutePathBuf, 'Working directory of the thread.'),
    cliVersion: str('Version of Codex that created the thread.'),
    originator: maybe(str('Name of the client that created the thread, as recorded then.')),
    source: ref(SessionSource),
    threadSource: maybe(ref(ThreadSource)),
    agentNickname: maybe(str("For a spawned sub-agent's thread: the nickname the agent was given.")),
    agentRole: maybe(str("For a spawned sub-agent's thread: the role the agent was given.")),
    gitInfo: maybe(ref(GitInfo, 'Git state when the thread was created, when it was recorded.')),
    name: maybe(str('Title of the thread, when it has one.')),
    turns: array(
      ref(Turn),
      'Turns of the thread. Only filled in the responses that load history (`thread/resume` among them); an empty list elsewhere.',
    ),
    // Sent by the server though upstream's export leaves them out (docs/compat.md).
    environments: maybe(
      array(
        ref(ThreadEnvironment),
        'Environments the thread runs in; null for a thread that is not loaded (an archived one, for example).',
      ),
    ),
    extra: maybe(ref(ThreadExtra)),
    attachedToThreadId: maybe(str('Thread this one is attached to, if any.')),
    canAcceptDirectInput: maybe(
      bool('Whether clients may start turns on this thread themselves (false for a sub-agent its parent agent drives).'),
    ),
    daybreakEnabled: maybe(bool('A per-thread feature switch the server reports; null when not set.')),
  }),
});

/** Configuration overrides accepted by both `thread/start` and `thread/resume`; built fresh per use. */
function threadOverrides(): Record<string, TSchema> {
  return {
    model: maybe(str('Model to use instead of the configured default.')),
    modelProvider: maybe(str('Model provider to use instead of the configured default.')),
    cwd: maybe(str('Working directory for the thread.')),
    approvalPolicy: maybe(ref(AskForApproval)),
    sandbox: maybe(ref(SandboxMode, 'Sandbox level, as a plain mode string (the response reports the resulting `SandboxPolicy` object).')),
    config: maybe(map(ref(JsonValue), 'Extra configuration values to override, keyed by config key.')),
    baseInstructions: maybe(str('Replaces the built-in base instructions.')),
    developerInstructions: maybe(str('Additional developer instructions for the model.')),
    approvalsReviewer: since('0.171.0', maybe(ref(ApprovalsReviewer, 'Who answers approval requests on this thread from now on.'))),
    personality: since('0.171.0', maybe(ref(Personality, 'Deprecated: saved, but no longer changes how the agent writes.'))),
    serviceTier: since('0.171.0', maybe(str('Service tier to request from the model provider (see `Model.serviceTiers`).'))),
  };
}

/** Fields shared by the `thread/start` and `thread/resume` results; built fresh per use. */
function threadSession(): Record<string, TSchema> {
  return {
    thread: ref(Thread),
    model: str('Model the thread will use.'),
    modelProvider: str('Model provider the thread will use.'),
    serviceTier: since('0.171.0', maybe(str('Service tier the thread requests, if any.'))),
    disabledPluginIds: since(
      '0.171.0',
      optional(
        array(str(), 'Plugins the user turned off for this thread (saved only; plugins are not filtered by it yet). Defaults to none.'),
      ),
    ),
    cwd: str('Working directory of the thread.'),
    runtimeWorkspaceRoots: since(
      '0.171.0',
      optional(array(str(), "Workspace roots the thread uses. Sent by the server though upstream's export leaves it out.")),
    ),
    instructionSources: since(
      '0.171.0',
      optional(array(ref(LegacyAppPathString), 'Instruction files (such as `AGENTS.md`) loaded for the thread. Defaults to none.')),
    ),
    approvalPolicy: ref(AskForApproval),
    approvalsReviewer: since('0.171.0', ref(ApprovalsReviewer, "Who answers the thread's approval requests.")),
    sandbox: ref(SandboxPolicy, 'Effective sandbox policy, as an object (the params take a plain `SandboxMode`).'),
    activePermissionProfile: since(
      '0.171.0',
      maybe(
        ref(
          'v2/ActivePermissionProfile',
          "Permission profile in effect, when the thread runs under one. Sent by the server though upstream's export leaves it out.",
        ),
      ),
    ),
    reasoningEffort: maybe(ref(ReasoningEffort, 'Reasoning effort in effect, when one is configured.')),
    multiAgentMode: since(
      '0.171.0',
      optional(
        ref(
          'v2/MultiAgentMode',
          "How the agent spawns sub-agents in this thread. Sent by the server though upstream's export leaves it out.",
        ),
      ),
    ),
  };
}

export const ActivePermissionProfile = def(
  'v2',
  'ActivePermissionProfile',
  'The permission profile a thread runs under: a built-in one (`:read-only`, `:workspace`, ...) or one defined in the config file.',
  object({
    id: str('Identifier of the profile.'),
    extends: maybe(str('The profile this one builds on, when it names one.')),
  }),
  { since: '0.171.0' },
);

export const MultiAgentMode = def(
  'v2',
  'MultiAgentMode',
  'When the agent spawns sub-agents: only when asked to (`explicitRequestOnly`), on its own initiative (`proactive`), or as a custom instruction says (`{"custom": text}`).',
  externallyTagged(
    ['explicitRequestOnly', 'proactive'],
    { custom: str('The instruction that says when to spawn sub-agents.') },
    'Preset modes.',
  ),
  { since: '0.171.0' },
);

export const ThreadStartSource = def(
  'v2',
  'ThreadStartSource',
  'Why a client starts a thread: at its own start-up, or because the user cleared the previous conversation.',
  stringEnum(['startup', 'clear']),
  { since: '0.171.0' },
);

export const ThreadStartParams = def(
  'v2',
  'ThreadStartParams',
  'Params of `thread/start`: creates a new thread, optionally overriding the configuration. All fields may be omitted.',
  object({
    ...threadOverrides(),
    ephemeral: since('0.171.0', maybe(bool('Keep the thread in memory only, without writing it to disk.'))),
    sessionStartSource: since('0.171.0', maybe(ref(ThreadStartSource))),
    threadSource: since('0.171.0', maybe(ref(ThreadSource, 'Where the thread comes from, as the client classifies it.'))),
    serviceName: since('0.171.0', maybe(str('Name of the service the thread is started for, recorded with it.'))),
  }),
);

export const ThreadStartResponse = def(
  'v2',
  'ThreadStartResponse',
  'Result of `thread/start`: the new thread and the settings it runs with. The client is subscribed to its events automatically.',
  object(threadSession()),
);

/** The fields of `thread/resume`'s params (each release projects its own); built fresh per use. */
function resumeParams(): TSchema {
  return object({
    threadId: str('Thread to resume.'),
    history: removed(
      '0.171.0',
      maybe(array(ref(ResponseItem), '[UNSTABLE] For Codex Cloud: resume from these model transcript items instead of a stored thread.')),
    ),
    path: removed('0.171.0', maybe(str('[UNSTABLE] Resume from the rollout file at this path instead of looking the thread up by id.'))),
    ...threadOverrides(),
    excludeTurns: since(
      '0.171.0',
      optional(
        bool(
          'When true, `thread.turns` comes back empty; the client then pages through the history with `thread/turns/list`. Defaults to false.',
        ),
      ),
    ),
  });
}

export const ThreadResumeParams = def('v2', 'ThreadResumeParams', 'Params of `thread/resume`: reopens an existing thread.', {
  '0.64.0': {
    description:
      'Params of `thread/resume`: reopens an existing thread. The source is taken from `history` first, then `path`, then `threadId`.',
    schema: resumeParams(),
  },
  '0.171.0': {
    description:
      'Params of `thread/resume`: reopens a stored thread by id, optionally overriding its configuration, and subscribes the client to it. (Resuming from a rollout path or from inline history is reserved to clients that opted in to `experimentalApi`.)',
    schema: resumeParams(),
  },
});

export const ThreadResumeResponse = def(
  'v2',
  'ThreadResumeResponse',
  'Result of `thread/resume`: the thread, with its past turns filled in, and the settings it now runs with. Without overrides, the reported settings may differ from the ones the thread was started with.',
  object({
    ...threadSession(),
    collaborationMode: since(
      '0.171.0',
      maybe(ref(CollaborationMode, 'Collaboration mode in effect; null from a server that does not report it.')),
    ),
    initialTurnsPage: since(
      '0.171.0',
      maybe(
        ref(
          TurnsPage,
          "The first page of turns, when the request asked for one. Sent by the server though upstream's export leaves it out.",
        ),
      ),
    ),
    turnsBackwardsCursor: since(
      '0.171.0',
      maybe(
        str(
          'Opaque cursor for `thread/turns/list` (with `sortDirection: "desc"`) to page backwards through the turns, starting with the one it names.',
        ),
      ),
    ),
    itemsBackwardsCursor: since(
      '0.171.0',
      maybe(
        str(
          'Opaque cursor for `thread/items/list` (with `sortDirection: "desc"`) to page backwards through the items, starting with the one it names.',
        ),
      ),
    ),
  }),
);
