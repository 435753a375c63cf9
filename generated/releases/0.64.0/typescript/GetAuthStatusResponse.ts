// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AuthMode } from "./AuthMode.js";

/** Result of `getAuthStatus`: how the server is signed in. */
export type GetAuthStatusResponse = {
  /** Current sign-in method; null when signed out. */
  authMethod?: AuthMode | null;
  /** Current token, only when `includeToken` was set. */
  authToken?: string | null;
  /** Whether the configured model provider needs OpenAI authentication. */
  requiresOpenaiAuth?: boolean | null;
};
