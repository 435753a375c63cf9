// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The agent finished a turn (`task_complete`). */
export type TaskCompleteEvent = {
  /** Text of the final agent message of the turn; null when the turn produced none. */
  last_agent_message?: string | null;
};
