// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How a turn stands: still running, or ended normally, by interruption or with an error. */
export type TurnStatus = "completed" | "interrupted" | "failed" | "inProgress";
