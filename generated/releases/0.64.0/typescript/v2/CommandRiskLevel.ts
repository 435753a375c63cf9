// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How risky the model judges a command to be. */
export type CommandRiskLevel = "low" | "medium" | "high";
