// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SubAgentSource } from "./SubAgentSource.js";

/** Which kind of client created a session (v1 form). Externally tagged: a bare string, or `{"subagent": SubAgentSource}` for sessions spawned by another agent. Sessions created through the app-server report `vscode`. */
export type SessionSource =
  | "cli"
  | "vscode"
  | "exec"
  | "mcp"
  | "unknown"
  | {
      subagent: SubAgentSource;
    };
