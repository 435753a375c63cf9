// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `removeConversationListener` (empty). */
export type RemoveConversationSubscriptionResponse = Record<string, never>;
