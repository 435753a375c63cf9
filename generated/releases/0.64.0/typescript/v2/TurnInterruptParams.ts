// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `turn/interrupt`: asks the server to stop a running turn. */
export type TurnInterruptParams = {
  threadId: string;
  turnId: string;
};
