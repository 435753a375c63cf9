// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The user's answer to a file change approval request: `accept` (apply it), `acceptForSession` (apply it, and later changes to the same files without asking), `decline` (refuse; the turn goes on) or `cancel` (refuse and interrupt the turn). */
export type FileChangeApprovalDecision = "accept" | "acceptForSession" | "decline" | "cancel";
