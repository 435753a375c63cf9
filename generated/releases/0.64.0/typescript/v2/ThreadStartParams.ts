// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { SandboxMode } from "./SandboxMode.js";

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
};
