// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Coarse sandbox level requested when starting or resuming a thread (a plain string, unlike the `SandboxPolicy` object that responses report). */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";
