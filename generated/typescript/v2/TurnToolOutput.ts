// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { FunctionCallOutputBody } from "./FunctionCallOutputBody.js";

/** The output of a tool call that a client hands to a turn. */
export type TurnToolOutput = {
  /** Name of the tool the output belongs to. */
  name: string;
  /** Namespace of the tool, when it has one. */
  namespace?: string | null;
  output: FunctionCallOutputBody;
  /** Whether the output is kept in the thread's model history. Defaults to false. */
  retain?: boolean;
};
