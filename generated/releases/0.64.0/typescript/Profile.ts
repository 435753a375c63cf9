// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AskForApproval } from "./AskForApproval.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";
import type { ReasoningSummary } from "./ReasoningSummary.js";
import type { Verbosity } from "./Verbosity.js";

/** A named configuration profile from the user's config file; unset keys are null. */
export type Profile = {
  /** Model slug. */
  model?: string | null;
  /** Model provider id. */
  modelProvider?: string | null;
  approvalPolicy?: AskForApproval | null;
  modelReasoningEffort?: ReasoningEffort | null;
  modelReasoningSummary?: ReasoningSummary | null;
  modelVerbosity?: Verbosity | null;
  /** Base URL of the ChatGPT backend. */
  chatgptBaseUrl?: string | null;
};
