// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Lifecycle state of a command execution item. A command the user rejects is reported as `declined` and then completed again as `failed`. */
export type CommandExecutionStatus = "inProgress" | "completed" | "failed" | "declined";
