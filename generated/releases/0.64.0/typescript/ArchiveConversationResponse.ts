// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `archiveConversation` (empty). */
export type ArchiveConversationResponse = Record<string, never>;
