// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { JsonValue } from "./JsonValue.js";
import type { SandboxMode } from "./SandboxMode.js";

/** Params of `newConversation`; also the `overrides` of `resumeConversation`. Every field overrides the user's configuration when set. */
export type NewConversationParams = {
  /** Model slug to use. */
  model?: string | null;
  /** Id of the model provider to use. */
  modelProvider?: string | null;
  /** Name of a configuration profile to apply. */
  profile?: string | null;
  /** Working directory of the conversation. */
  cwd?: string | null;
  approvalPolicy?: AskForApproval | null;
  sandbox?: SandboxMode | null;
  /** Arbitrary configuration overrides keyed by dotted config path. */
  config?: { [key: string]: JsonValue } | null;
  /** Replaces the built-in system instructions. */
  baseInstructions?: string | null;
  /** Extra developer instructions added to the conversation. */
  developerInstructions?: string | null;
  /** Prompt used when compacting the conversation history. */
  compactPrompt?: string | null;
  /** Whether to offer the apply_patch tool to the model. */
  includeApplyPatchTool?: boolean | null;
};
