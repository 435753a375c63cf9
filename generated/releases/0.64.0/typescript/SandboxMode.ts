// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Coarse sandbox level requested for a new conversation (v1 kebab-case values). */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";
