// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What started a command: the agent, a shell command typed by the user, or the unified exec tool (start-up or interaction). */
export type ExecCommandSource =
  "agent" | "user_shell" | "unified_exec_startup" | "unified_exec_interaction";
