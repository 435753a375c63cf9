// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How an agent message is delivered. The one value so far, `async`, marks a message delivered apart from the live turn. */
export type AgentMessageDelivery = "async";
