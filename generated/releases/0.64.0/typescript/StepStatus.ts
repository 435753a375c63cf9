// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Progress of one step of the agent's plan (snake_case; v2 uses `inProgress`). */
export type StepStatus = "pending" | "in_progress" | "completed";
