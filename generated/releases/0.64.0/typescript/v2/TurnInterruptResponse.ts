// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `turn/interrupt`: an empty object. The turn then completes with status `interrupted`. */
export type TurnInterruptResponse = Record<string, never>;
