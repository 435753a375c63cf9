// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** When the agent must ask the user before acting: one of the preset policies (kebab-case, as in the config file), or `{"granular": {...}}`, which says per kind of prompt whether it reaches the user (the server takes the granular form only from clients that opted in to `experimentalApi`). */
export type AskForApproval =
  | "untrusted"
  | "on-request"
  | "never"
  | {
      /** Per kind of approval prompt: shown to the user (true), or refused without asking (false). */
      granular: {
        /** Whether approval requests for commands (including requests to run one outside the sandbox or with extra permissions) reach the user. */
        sandbox_approval: boolean;
        /** Whether the prompts that execution policy `prompt` rules call for reach the user. */
        rules: boolean;
        /** Whether approval requests for running a skill's scripts reach the user. Defaults to false. */
        skill_approval?: boolean;
        /** Whether the requests of the agent's `request_permissions` tool reach the user. Defaults to false. */
        request_permissions?: boolean;
        /** Whether the elicitation prompts of MCP servers reach the user. */
        mcp_elicitations: boolean;
      };
    };
