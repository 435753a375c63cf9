// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AgentPath } from "./AgentPath.js";
import type { ThreadId } from "./ThreadId.js";

/** Which kind of sub-agent created a thread. Externally tagged: built-in sub-agents are bare strings (snake_case), a spawned agent is `{"thread_spawn": {...}}`, any other `{"other": name}`. */
export type SubAgentSource =
  | "review"
  | "compact"
  | "memory_consolidation"
  | {
      /** An agent another agent spawned to work on part of a task. */
      thread_spawn: {
        /** Thread of the agent that spawned this one. */
        parent_thread_id: ThreadId;
        /** How many spawns separate this agent from the root agent. */
        depth: number;
        agent_path?: AgentPath | null;
        /** Name the spawned agent goes by, when it has one. */
        agent_nickname?: string | null;
        /** Role the spawning agent gave it, when it did. */
        agent_role?: string | null;
      };
    }
  | {
      /** Name of the sub-agent. */
      other: string;
    };
