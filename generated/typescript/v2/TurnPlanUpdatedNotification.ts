// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TurnPlanStep } from "./TurnPlanStep.js";

/** Params of `turn/plan/updated`: the agent revised its plan for a turn. */
export type TurnPlanUpdatedNotification = {
  threadId: string;
  turnId: string;
  /** Why the plan changed, if the agent said. */
  explanation?: string | null;
  /** The whole plan after the update. */
  plan: Array<TurnPlanStep>;
};
