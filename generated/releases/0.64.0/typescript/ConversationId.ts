// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Identifier of a conversation (a v2 thread id); a UUID string. */
export type ConversationId = string;
