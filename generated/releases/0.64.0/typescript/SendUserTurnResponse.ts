// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `sendUserTurn` (empty); progress arrives as events. */
export type SendUserTurnResponse = Record<string, never>;
