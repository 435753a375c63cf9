// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The agent began working on a turn (`task_started`). */
export type TaskStartedEvent = {
  /** Size of the model context window in tokens, when known. */
  model_context_window?: number | null;
};
