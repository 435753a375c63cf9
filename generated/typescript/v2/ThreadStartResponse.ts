// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { ActivePermissionProfile } from "./ActivePermissionProfile.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { LegacyAppPathString } from "./LegacyAppPathString.js";
import type { MultiAgentMode } from "./MultiAgentMode.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { Thread } from "./Thread.js";

/** Result of `thread/start`: the new thread and the settings it runs with. The client is subscribed to its events automatically. */
export type ThreadStartResponse = {
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
};
