// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `account/login/start`, tagged on `type` like the request. The outcome is reported later by `account/login/completed` (also for API-key logins). */
export type LoginAccountResponse =
  | {
      /** The API key was accepted and stored. */
      type: "apiKey";
    }
  | {
      /** The ChatGPT sign-in flow has started and waits for the user in the browser. */
      type: "chatgpt";
      /** Identifies this login attempt; pass it to `account/login/cancel` and match it against `account/login/completed`. */
      loginId: string;
      /** URL the user must open in a browser to finish signing in. */
      authUrl: string;
    }
  | {
      /** The device-code sign-in has started: the user enters the code at the URL. */
      type: "chatgptDeviceCode";
      /** Identifies this login attempt, as for `chatgpt`. */
      loginId: string;
      /** URL the user opens, on any device, to enter the code. */
      verificationUrl: string;
      /** One-time code the user enters there. */
      userCode: string;
    }
  | {
      /** The tokens were accepted. */
      type: "chatgptAuthTokens";
    }
  | {
      /** The Bedrock credentials were accepted and stored (for both Bedrock sign-in methods). */
      type: "amazonBedrock";
    };
