// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { PlanType } from "./PlanType.js";

/** The credentials the server is currently using, tagged on `type`. Note the tag is `apiKey` here while `AuthMode` spells it `apikey`. */
export type Account =
  | {
      /** Authenticated with an OpenAI API key; the key itself is never reported back. */
      type: "apiKey";
    }
  | {
      /** Signed in with a ChatGPT account. */
      type: "chatgpt";
      /** Email address of the signed-in ChatGPT user; null when the credentials do not carry one. */
      email: string | null;
      planType: PlanType;
      /** Name of the ChatGPT workspace in use, when known. */
      workspaceName?: string | null;
    }
  | {
      /** Using Amazon Bedrock. */
      type: "amazonBedrock";
      /** Whether Codex manages the Bedrock credentials itself. Defaults to false. */
      usesCodexManagedCredentials?: boolean;
    }
  | {
      /** Using Google Cloud Vertex AI, with credentials managed outside Codex. */
      type: "gcp";
    };
