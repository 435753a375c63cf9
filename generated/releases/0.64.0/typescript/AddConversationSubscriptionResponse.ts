// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `addConversationListener`. */
export type AddConversationSubscriptionResponse = {
  /** Id to pass to `removeConversationListener` to stop the events. */
  subscriptionId: string;
};
