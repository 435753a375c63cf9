// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { ForcedLoginMethod } from "./ForcedLoginMethod.js";
import type { Profile } from "./Profile.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";
import type { ReasoningSummary } from "./ReasoningSummary.js";
import type { SandboxMode } from "./SandboxMode.js";
import type { SandboxSettings } from "./SandboxSettings.js";
import type { Tools } from "./Tools.js";
import type { Verbosity } from "./Verbosity.js";

/** The settings saved in the user's Codex config file, as returned by `getUserSavedConfig`. Unset keys are sent as null and `profiles` as `{}` when there are none. */
export type UserSavedConfig = {
  approvalPolicy?: AskForApproval | null;
  sandboxMode?: SandboxMode | null;
  sandboxSettings?: SandboxSettings | null;
  /** ChatGPT workspace the user must sign in to, when an administrator has fixed one. */
  forcedChatgptWorkspaceId?: string | null;
  forcedLoginMethod?: ForcedLoginMethod | null;
  /** Default model slug. */
  model?: string | null;
  modelReasoningEffort?: ReasoningEffort | null;
  modelReasoningSummary?: ReasoningSummary | null;
  modelVerbosity?: Verbosity | null;
  tools?: Tools | null;
  /** Name of the active profile. */
  profile?: string | null;
  /** Configured profiles by name. */
  profiles: { [key: string]: Profile };
};
