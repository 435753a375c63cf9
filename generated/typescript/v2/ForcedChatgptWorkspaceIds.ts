// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The ChatGPT workspaces sign-in is restricted to: one workspace id, or a list of them. */
export type ForcedChatgptWorkspaceIds = string | Array<string>;
