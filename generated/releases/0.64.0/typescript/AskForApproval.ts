// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** When the agent must ask the user before running a command (v1 kebab-case values; v2 uses `unlessTrusted`, `onFailure`, `onRequest`, `never`). */
export type AskForApproval = "untrusted" | "on-failure" | "on-request" | "never";
