// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Who started a command execution item: the agent through a tool call, the user through the shell the client offers, or the interactive terminal tool (when it opens a session, or when input is written to one). */
export type CommandExecutionSource =
  "agent" | "userShell" | "unifiedExecStartup" | "unifiedExecInteraction";
