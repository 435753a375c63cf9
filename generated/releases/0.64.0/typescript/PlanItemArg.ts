// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { StepStatus } from "./StepStatus.js";

/** One step of the agent's plan. */
export type PlanItemArg = {
  /** What the step is about. */
  step: string;
  status: StepStatus;
};
