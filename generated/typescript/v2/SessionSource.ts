// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SubAgentSource } from "./SubAgentSource.js";

/** Which kind of client created a thread. Externally tagged: a bare string for the known clients (threads created through the app-server report `vscode`), `{"custom": name}` for a client that named itself, `{"subAgent": ...}` for a thread a sub-agent runs. */
export type SessionSource =
  | "cli"
  | "vscode"
  | "exec"
  | "appServer"
  | "unknown"
  | {
      /** Name the client gave as its source. */
      custom: string;
    }
  | {
      subAgent: SubAgentSource;
    };
