// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** When the agent must ask the user before running a command. camelCase values; v1 uses kebab-case (`on-request`, ...) and `untrusted` instead of `unlessTrusted`. */
export type AskForApproval = "unlessTrusted" | "onFailure" | "onRequest" | "never";
