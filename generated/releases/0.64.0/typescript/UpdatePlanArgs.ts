// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { PlanItemArg } from "./PlanItemArg.js";

/** The agent's current plan, as given to its plan tool; also the payload of the `plan_update` event. */
export type UpdatePlanArgs = {
  /** Optional note on why the plan changed. */
  explanation?: string | null;
  /** All steps of the plan, in order. */
  plan: Array<PlanItemArg>;
};
