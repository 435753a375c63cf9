// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which tool an agent used to work with other agents: start one, send it input or a message, resume, wait for, interrupt or close it, give it a follow-up task, or list the agents. */
export type CollabAgentTool =
  | "spawnAgent"
  | "sendInput"
  | "resumeAgent"
  | "wait"
  | "closeAgent"
  | "sendMessage"
  | "followupTask"
  | "interruptAgent"
  | "listAgents";
