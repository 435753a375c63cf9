// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** ChatGPT subscription plan of a signed-in account; `unknown` when the plan could not be mapped. */
export type PlanType =
  "free" | "plus" | "pro" | "team" | "business" | "enterprise" | "edu" | "unknown";
