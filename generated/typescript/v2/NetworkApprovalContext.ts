// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { NetworkApprovalProtocol } from "./NetworkApprovalProtocol.js";

/** The network request a command approval is about, when the managed network proxy asks for it. */
export type NetworkApprovalContext = {
  /** Host the command wants to reach. */
  host: string;
  protocol: NetworkApprovalProtocol;
};
