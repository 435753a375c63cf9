// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { AskForApproval } from "./AskForApproval.js";
import type { SandboxPolicy } from "./SandboxPolicy.js";
import type { Thread } from "./Thread.js";

/** Result of `thread/start`: the new thread and the settings it runs with. The client is subscribed to its events automatically. */
export type ThreadStartResponse = {
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
