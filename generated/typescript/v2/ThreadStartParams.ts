// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ApprovalsReviewer } from "./ApprovalsReviewer.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { Personality } from "./Personality.js";
import type { SandboxMode } from "./SandboxMode.js";
import type { ThreadSource } from "./ThreadSource.js";
import type { ThreadStartSource } from "./ThreadStartSource.js";

/** Params of `thread/start`: creates a new thread, optionally overriding the configuration. All fields may be omitted. */
export type ThreadStartParams = {
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
  /** Keep the thread in memory only, without writing it to disk. */
  ephemeral?: boolean | null;
  sessionStartSource?: ThreadStartSource | null;
  /** Where the thread comes from, as the client classifies it. */
  threadSource?: ThreadSource | null;
  /** Name of the service the thread is started for, recorded with it. */
  serviceName?: string | null;
};
