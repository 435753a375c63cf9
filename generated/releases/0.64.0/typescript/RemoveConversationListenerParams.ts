// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `removeConversationListener`. */
export type RemoveConversationListenerParams = {
  /** Id returned by `addConversationListener`. */
  subscriptionId: string;
};
