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
      /** Email address of the signed-in ChatGPT user. */
      email: string;
      planType: PlanType;
    };
