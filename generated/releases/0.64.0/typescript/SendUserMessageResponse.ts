// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `sendUserMessage` (empty); progress arrives as events. */
export type SendUserMessageResponse = Record<string, never>;
