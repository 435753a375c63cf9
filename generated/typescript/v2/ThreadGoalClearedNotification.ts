// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/goal/cleared`: the thread's goal (the objective the agent pursues across turns, set with `thread/goal/set`) was removed, so it has none now. It may also arrive for a thread that had none (on the first turn of a resumed thread, for example). */
export type ThreadGoalClearedNotification = {
  threadId: string;
};
