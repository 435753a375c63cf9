// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { Personality } from "./Personality.js";
import type { SandboxMode } from "./SandboxMode.js";

/** Params of `thread/resume`: reopens a stored thread by id, optionally overriding its configuration, and subscribes the client to it. (Resuming from a rollout path or from inline history is reserved to clients that opted in to `experimentalApi`.) */
export type ThreadResumeParams = {
  /** Thread to resume. */
  threadId: string;
  /** Model to use instead of the configured default. */
  model?: string | null;
  /** Model provider to use instead of the configured default. */
  modelProvider?: string | null;
  /** Working directory for the thread. */
  cwd?: string | null;
  approvalPolicy?: AskForApproval | null;
  /** Sandbox level, as a plain mode string (the response reports the resulting `SandboxPolicy` object). */
  sandbox?: SandboxMode | null;
  /** Extra configuration values to override, keyed by config key. */
  config?: { [key: string]: JsonValue } | null;
  /** Replaces the built-in base instructions. */
  baseInstructions?: string | null;
  /** Additional developer instructions for the model. */
  developerInstructions?: string | null;
  /** Who answers approval requests on this thread from now on. */
  approvalsReviewer?: ApprovalsReviewer | null;
  /** Deprecated: saved, but no longer changes how the agent writes. */
  personality?: Personality | null;
  /** Service tier to request from the model provider (see `Model.serviceTiers`). */
  serviceTier?: string | null;
  /** When true, `thread.turns` comes back empty; the client then pages through the history with `thread/turns/list`. Defaults to false. */
  excludeTurns?: boolean;
};
