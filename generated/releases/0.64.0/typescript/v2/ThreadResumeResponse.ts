// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { Thread } from "./Thread.js";

/** Result of `thread/resume`: the thread, with its past turns filled in, and the settings it now runs with. Without overrides, the reported settings may differ from the ones the thread was started with. */
export type ThreadResumeResponse = {
  thread: Thread;
  /** Model the thread will use. */
  model: string;
  /** Model provider the thread will use. */
  modelProvider: string;
  /** Working directory of the thread. */
  cwd: string;
  approvalPolicy: AskForApproval;
  /** Effective sandbox policy, as an object (the params take a plain `SandboxMode`). */
  sandbox: SandboxPolicy;
  /** Reasoning effort in effect, when one is configured. */
  reasoningEffort?: ReasoningEffort | null;
};
