// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a command approval request is about: `command` (a new command), `writeStdin` (input for a terminal that is already running) or `humanCommand` (a checkpoint that needs a fresh decision from a person, offered only to clients that declare `requiredHumanApproval`; answer it with `accept`, `decline` or `cancel`; it starts no `commandExecution` item of its own). */
export type CommandExecutionApprovalKind = "command" | "writeStdin" | "humanCommand";
