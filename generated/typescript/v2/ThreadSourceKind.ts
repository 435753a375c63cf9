// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Kind of client or sub-agent a thread came from, as thread listings filter on it (the sub-agent kinds are the `SessionSource.subAgent` cases, flattened). */
export type ThreadSourceKind =
  | "cli"
  | "vscode"
  | "exec"
  | "appServer"
  | "subAgent"
  | "subAgentReview"
  | "subAgentCompact"
  | "subAgentThreadSpawn"
  | "subAgentOther"
  | "unknown";
