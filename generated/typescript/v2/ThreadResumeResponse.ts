// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ActivePermissionProfile } from "./ActivePermissionProfile.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { CollaborationMode } from "./CollaborationMode.js";
import type { LegacyAppPathString } from "./LegacyAppPathString.js";
import type { MultiAgentMode } from "./MultiAgentMode.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { Thread } from "./Thread.js";
import type { TurnsPage } from "./TurnsPage.js";

/** Result of `thread/resume`: the thread, with its past turns filled in, and the settings it now runs with. Without overrides, the reported settings may differ from the ones the thread was started with. */
export type ThreadResumeResponse = {
  thread: Thread;
  /** Model the thread will use. */
  model: string;
  /** Model provider the thread will use. */
  modelProvider: string;
  /** Service tier the thread requests, if any. */
  serviceTier?: string | null;
  /** Plugins the user turned off for this thread (saved only; plugins are not filtered by it yet). Defaults to none. */
  disabledPluginIds?: Array<string>;
  /** Working directory of the thread. */
  cwd: string;
  /** Workspace roots the thread uses. Sent by the server though upstream's export leaves it out. */
  runtimeWorkspaceRoots?: Array<string>;
  /** Instruction files (such as `AGENTS.md`) loaded for the thread. Defaults to none. */
  instructionSources?: Array<LegacyAppPathString>;
  approvalPolicy: AskForApproval;
  /** Who answers the thread's approval requests. */
  approvalsReviewer: ApprovalsReviewer;
  /** Effective sandbox policy, as an object (the params take a plain `SandboxMode`). */
  sandbox: SandboxPolicy;
  /** Permission profile in effect, when the thread runs under one. Sent by the server though upstream's export leaves it out. */
  activePermissionProfile?: ActivePermissionProfile | null;
  /** Reasoning effort in effect, when one is configured. */
  reasoningEffort?: ReasoningEffort | null;
  /** How the agent spawns sub-agents in this thread. Sent by the server though upstream's export leaves it out. */
  multiAgentMode?: MultiAgentMode;
  /** Collaboration mode in effect; null from a server that does not report it. */
  collaborationMode?: CollaborationMode | null;
  /** The first page of turns, when the request asked for one. Sent by the server though upstream's export leaves it out. */
  initialTurnsPage?: TurnsPage | null;
  /** Opaque cursor for `thread/turns/list` (with `sortDirection: "desc"`) to page backwards through the turns, starting with the one it names. */
  turnsBackwardsCursor?: string | null;
  /** Opaque cursor for `thread/items/list` (with `sortDirection: "desc"`) to page backwards through the items, starting with the one it names. */
  itemsBackwardsCursor?: string | null;
};
