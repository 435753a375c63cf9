// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { ResponseItem } from "../ResponseItem.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { SandboxMode } from "./SandboxMode.js";

/** Params of `thread/resume`: reopens an existing thread. The source is taken from `history` first, then `path`, then `threadId`. */
export type ThreadResumeParams = {
  /** Thread to resume. */
  threadId: string;
  /** [UNSTABLE] For Codex Cloud: resume from these model transcript items instead of a stored thread. */
  history?: Array<ResponseItem> | null;
  /** [UNSTABLE] Resume from the rollout file at this path instead of looking the thread up by id. */
  path?: string | null;
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
};
