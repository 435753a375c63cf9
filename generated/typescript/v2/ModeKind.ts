// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A collaboration mode: `plan` (the agent works out a plan with the user before changing anything) or `default`. */
export type ModeKind = "plan" | "default";
