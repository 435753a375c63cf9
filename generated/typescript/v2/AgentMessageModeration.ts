// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AgentMessageDisplay } from "./AgentMessageDisplay.js";

/** The moderation verdict on an agent message. */
export type AgentMessageModeration = {
  /** Whether moderation acted on the message. */
  moderated: boolean;
  /** How to present the message, when moderation says so. */
  display?: AgentMessageDisplay | null;
};
