// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Lifecycle state of a file change item. */
export type PatchApplyStatus = "inProgress" | "completed" | "failed" | "declined";
