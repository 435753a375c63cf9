// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { UserInput } from "./UserInput.js";

/** A message the user sent. */
export type UserMessageItem = {
  /** Item id. */
  id: string;
  content: Array<UserInput>;
};
