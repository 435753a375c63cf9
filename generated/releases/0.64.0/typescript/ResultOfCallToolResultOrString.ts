// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CallToolResult } from "./CallToolResult.js";

/** Outcome of an MCP tool call (a Rust `Result`, externally tagged): `{"Ok": CallToolResult}` when the server answered, `{"Err": "message"}` when the call could not be made. Upstream JSON names it `Result_of_CallToolResult_or_String`. */
export type ResultOfCallToolResultOrString =
  | {
      Ok: CallToolResult;
    }
  | {
      /** Why the call failed. */
      Err: string;
    };
