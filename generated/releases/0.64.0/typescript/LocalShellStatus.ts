// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Progress of a `local_shell_call` response item. */
export type LocalShellStatus = "completed" | "in_progress" | "incomplete";
