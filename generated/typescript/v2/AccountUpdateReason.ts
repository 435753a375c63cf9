// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why `account/updated` was sent although the sign-in did not change: `workspaceRoutingReady` once the server has found out which workspace requests go to. */
export type AccountUpdateReason = "workspaceRoutingReady" | "unknown";
