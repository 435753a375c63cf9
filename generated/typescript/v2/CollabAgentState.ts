// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CollabAgentStatus } from "./CollabAgentStatus.js";

/** The last known state of another agent. */
export type CollabAgentState = {
  status: CollabAgentStatus;
  /** The agent's final message when it completed, or the error when it failed; null otherwise. */
  message?: string | null;
};
