// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** When the agent spawns sub-agents: only when asked to (`explicitRequestOnly`), on its own initiative (`proactive`), or as a custom instruction says (`{"custom": text}`). */
export type MultiAgentMode =
  | "explicitRequestOnly"
  | "proactive"
  | {
      /** The instruction that says when to spawn sub-agents. */
      custom: string;
    };
