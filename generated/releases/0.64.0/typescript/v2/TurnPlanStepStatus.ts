// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Progress of one step of the agent's plan. */
export type TurnPlanStepStatus = "pending" | "inProgress" | "completed";
