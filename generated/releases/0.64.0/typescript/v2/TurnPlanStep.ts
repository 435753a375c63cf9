// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TurnPlanStepStatus } from "./TurnPlanStepStatus.js";

/** One step of the plan the agent keeps for a turn. */
export type TurnPlanStep = {
  /** What the step is about. */
  step: string;
  status: TurnPlanStepStatus;
};
