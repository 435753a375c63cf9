// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Echo of a message the user sent (`user_message`). */
export type UserMessageEvent = {
  /** Text of the user message. */
  message: string;
  /** Image URLs attached to the message; sent as `[]` when there are none. */
  images?: Array<string> | null;
};
