// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Lifecycle state of a dynamic tool call item. */
export type DynamicToolCallStatus = "inProgress" | "completed" | "failed";
