// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Account } from "./Account.js";
import type { WorkspaceRouting } from "./WorkspaceRouting.js";

/** Result of `account/read`. */
export type GetAccountResponse = {
  /** The current credentials; null when nobody is signed in. */
  account?: Account | null;
  /** The ChatGPT user id of the account, when known. */
  userId?: string | null;
  /** Whether the configured model provider needs OpenAI credentials at all. */
  requiresOpenaiAuth: boolean;
  /** [UNSTABLE] Experimental: where the workspace's requests go, once the server knows; the server sends the key (as null) to every client. */
  workspaceRouting?: WorkspaceRouting | null;
};
