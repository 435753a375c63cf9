// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { LoginAppBrand } from "./LoginAppBrand.js";

/** Params of `account/login/start`: which sign-in method to use, tagged on `type`. */
export type LoginAccountParams =
  | {
      /** Sign in with an API key; completes immediately. */
      type: "apiKey";
      /** The OpenAI API key to store and use. */
      apiKey: string;
    }
  | {
      /** Start the browser-based ChatGPT sign-in flow. */
      type: "chatgpt";
      /** Use the shorter Codex sign-in flow. Defaults to false. */
      codexStreamlinedLogin?: boolean;
      /** After signing in, show the success page hosted by OpenAI instead of the local one. Defaults to false. */
      useHostedLoginSuccessPage?: boolean;
      appBrand?: LoginAppBrand | null;
    }
  | {
      /** Start a ChatGPT sign-in by device code, for machines without a browser. */
      type: "chatgptDeviceCode";
    }
  | {
      /** [UNSTABLE] For OpenAI's own clients only: use ChatGPT tokens the client manages itself. */
      type: "chatgptAuthTokens";
      /** Access token (a JWT) the client obtained; the server uses it for backend requests. */
      accessToken: string;
      /** The ChatGPT workspace (account) the token belongs to. */
      chatgptAccountId: string;
      /** The plan of that workspace; when null the server reads it from the token, or assumes `unknown`. */
      chatgptPlanType?: string | null;
    }
  | {
      /** [UNSTABLE] Sign in to Amazon Bedrock with an API key. */
      type: "amazonBedrock";
      /** The Bedrock API key. */
      apiKey: string;
      /** AWS region to use, such as `us-east-1`. */
      region: string;
    }
  | {
      /** [UNSTABLE] Sign in to Amazon Bedrock with AWS access keys. */
      type: "amazonBedrockAccessKeys";
      accessKeyId: string;
      secretAccessKey: string;
      /** Session token, for temporary credentials. */
      sessionToken?: string | null;
      /** AWS region to use, such as `us-east-1`. */
      region: string;
    };
