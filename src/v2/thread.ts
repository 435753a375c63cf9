/**
 * v2 threads (a conversation with the agent) and the `thread/*` requests that create, resume,
 * list, archive and compact them.
 */
import { array, def, empty, int64, map, maybe, object, ref, str, uint32, type TSchema } from '../schema.js';
import { JsonValue, ReasoningEffort } from '../v1/common.js';
import { ResponseItem } from '../v1/response-item.js';
import { AskForApproval, GitInfo, SandboxMode, SandboxPolicy, SessionSource } from './common.js';
import { Turn } from './turn.js';

export const Thread = def(
  'v2',
  'Thread',
  'A conversation between the user and the agent, made of turns.',
  object({
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
);

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
  };
}

/** Fields shared by the `thread/start` and `thread/resume` results; built fresh per use. */
function threadSession(): Record<string, TSchema> {
  return {
    thread: ref(Thread),
    model: str('Model the thread will use.'),
    modelProvider: str('Model provider the thread will use.'),
    cwd: str('Working directory of the thread.'),
    approvalPolicy: ref(AskForApproval),
    sandbox: ref(SandboxPolicy, 'Effective sandbox policy, as an object (the params take a plain `SandboxMode`).'),
    reasoningEffort: maybe(ref(ReasoningEffort, 'Reasoning effort in effect, when one is configured.')),
  };
}

export const ThreadStartParams = def(
  'v2',
  'ThreadStartParams',
  'Params of `thread/start`: creates a new thread, optionally overriding the configuration. All fields may be omitted.',
  object(threadOverrides()),
);

export const ThreadStartResponse = def(
  'v2',
  'ThreadStartResponse',
  'Result of `thread/start`: the new thread and the settings it runs with. The client is subscribed to its events automatically.',
  object(threadSession()),
);

export const ThreadResumeParams = def(
  'v2',
  'ThreadResumeParams',
  'Params of `thread/resume`: reopens an existing thread. The source is taken from `history` first, then `path`, then `threadId`.',
  object({
    threadId: str('Thread to resume.'),
    history: maybe(array(ref(ResponseItem), '[UNSTABLE] For Codex Cloud: resume from these model transcript items instead of a stored thread.')),
    path: maybe(str('[UNSTABLE] Resume from the rollout file at this path instead of looking the thread up by id.')),
    ...threadOverrides(),
  }),
);

export const ThreadResumeResponse = def(
  'v2',
  'ThreadResumeResponse',
  'Result of `thread/resume`: the thread, with its past turns filled in, and the settings it now runs with. Without overrides, the reported settings may differ from the ones the thread was started with.',
  object(threadSession()),
);

export const ThreadListParams = def(
  'v2',
  'ThreadListParams',
  'Params of `thread/list`: pages through stored threads.',
  object({
    cursor: maybe(str('Opaque cursor from a previous response\'s `nextCursor`; omit for the first page.')),
    limit: maybe(uint32('Page size; the server picks a default when omitted.')),
    modelProviders: maybe(array(str(), 'Only list threads of these model providers; omitted, null or an empty list means all providers.')),
  }),
);

export const ThreadListResponse = def(
  'v2',
  'ThreadListResponse',
  'Result of `thread/list`.',
  object({
    data: array(ref(Thread)),
    nextCursor: maybe(str('Cursor for the next page; null or absent when this is the last page.')),
  }),
);

export const ThreadArchiveParams = def(
  'v2',
  'ThreadArchiveParams',
  'Params of `thread/archive`: moves a thread out of the active list.',
  object({
    threadId: str(),
  }),
);

export const ThreadArchiveResponse = def(
  'v2',
  'ThreadArchiveResponse',
  'Result of `thread/archive`: an empty object.',
  empty(),
);

export const ThreadCompactParams = def(
  'v2',
  'ThreadCompactParams',
  'Params of `thread/compact`: asks the server to summarise the thread\'s history to free up context window.',
  object({
    threadId: str(),
  }),
);

export const ThreadCompactResponse = def(
  'v2',
  'ThreadCompactResponse',
  'Result of `thread/compact`: an empty object; the compaction itself runs asynchronously and is announced by `thread/compacted`.',
  empty(),
);
