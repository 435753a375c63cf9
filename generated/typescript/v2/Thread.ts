// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { AbsolutePathBuf } from "./AbsolutePathBuf.js";
import type { GitInfo } from "./GitInfo.js";
import type { SessionSource } from "./SessionSource.js";
import type { ThreadEnvironment } from "./ThreadEnvironment.js";
import type { ThreadExtra } from "./ThreadExtra.js";
import type { ThreadHistoryMode } from "./ThreadHistoryMode.js";
import type { ThreadSection } from "./ThreadSection.js";
import type { ThreadSource } from "./ThreadSource.js";
import type { ThreadStatus } from "./ThreadStatus.js";
import type { Turn } from "./Turn.js";

/** A conversation between the user and the agent, made of turns. */
export type Thread = {
  /** Thread id (a UUID). */
  id: string;
  /** Id of the session the thread belongs to; a thread and the sub-agent threads it spawns share one. */
  sessionId: string;
  /** The thread this one was forked from, if it was. */
  forkedFromId?: string | null;
  /** For a sub-agent's thread: the thread of the agent that spawned it. */
  parentThreadId?: string | null;
  /** Short preview of the thread, usually its first user message; empty before there is one. */
  preview: string;
  /** Whether the thread lives only in memory, without a file on disk. */
  ephemeral: boolean;
  /** The section the thread is filed under, if any. */
  section?: ThreadSection | null;
  /** When the thread was filed under its section, in Unix seconds. */
  sectionEnteredAt?: number | null;
  /** Project the server assigned the thread to; always sent, null when there is none. */
  projectId: string | null;
  /** How the thread's history is stored. Defaults to `legacy`. */
  historyMode?: ThreadHistoryMode;
  /** Model provider the thread uses. */
  modelProvider: string;
  /** Model in effect: the configured one while the thread is loaded, else the one last recorded. Not necessarily the model of each turn. */
  model?: string | null;
  /** Reasoning effort in effect, found the same way as `model`; null when none is set. */
  reasoningEffort?: ReasoningEffort | null;
  /** Creation time, in Unix seconds. */
  createdAt: number;
  /** Time of the last change, in Unix seconds. */
  updatedAt: number;
  /** Time the thread is ordered by when listing by recency, in Unix seconds. */
  recencyAt?: number | null;
  status: ThreadStatus;
  /** [UNSTABLE] Path of the rollout file that stores the thread on the server; null for an ephemeral thread. */
  path?: string | null;
  /** Working directory of the thread. */
  cwd: AbsolutePathBuf;
  /** Version of Codex that created the thread. */
  cliVersion: string;
  /** Name of the client that created the thread, as recorded then. */
  originator?: string | null;
  source: SessionSource;
  threadSource?: ThreadSource | null;
  /** For a spawned sub-agent's thread: the nickname the agent was given. */
  agentNickname?: string | null;
  /** For a spawned sub-agent's thread: the role the agent was given. */
  agentRole?: string | null;
  /** Git state when the thread was created, when it was recorded. */
  gitInfo?: GitInfo | null;
  /** Title of the thread, when it has one. */
  name?: string | null;
  /** Turns of the thread. Only filled in the responses that load history (`thread/resume` among them); an empty list elsewhere. */
  turns: Array<Turn>;
  /** Environments the thread runs in; null for a thread that is not loaded (an archived one, for example). */
  environments?: Array<ThreadEnvironment> | null;
  extra?: ThreadExtra | null;
  /** Thread this one is attached to, if any. */
  attachedToThreadId?: string | null;
  /** Whether clients may start turns on this thread themselves (false for a sub-agent its parent agent drives). */
  canAcceptDirectInput?: boolean | null;
  /** A per-thread feature switch the server reports; null when not set. */
  daybreakEnabled?: boolean | null;
};
