/**
 * v2 account API: who is signed in, signing in and out (`account/login/start`,
 * `account/login/cancel`, `account/logout`, `account/read`) and usage limits
 * (`account/rateLimits/read`). The rate-limit types are the camelCase v2 forms; v1 has
 * snake_case types of the same names at the root.
 */
import { bool, def, empty, int32, int64, maybe, object, optional, ref, str, stringEnum, tagged, variant } from '../schema.js';

export const PlanType = def(
  'v2',
  'PlanType',
  'ChatGPT subscription plan of a signed-in account; `unknown` when the plan could not be mapped.',
  stringEnum(['free', 'plus', 'pro', 'team', 'business', 'enterprise', 'edu', 'unknown']),
);

export const Account = def(
  'v2',
  'Account',
  'The credentials the server is currently using, tagged on `type`. Note the tag is `apiKey` here while `AuthMode` spells it `apikey`.',
  tagged('type', {
    apiKey: variant({}, 'Authenticated with an OpenAI API key; the key itself is never reported back.'),
    chatgpt: variant(
      {
        email: str('Email address of the signed-in ChatGPT user.'),
        planType: ref(PlanType),
      },
      'Signed in with a ChatGPT account.',
    ),
  }),
);

export const LoginAccountParams = def(
  'v2',
  'LoginAccountParams',
  'Params of `account/login/start`: which sign-in method to use, tagged on `type`.',
  tagged('type', {
    apiKey: variant({ apiKey: str('The OpenAI API key to store and use.') }, 'Sign in with an API key; completes immediately.'),
    chatgpt: variant({}, 'Start the browser-based ChatGPT sign-in flow.'),
  }),
);

export const LoginAccountResponse = def(
  'v2',
  'LoginAccountResponse',
  'Result of `account/login/start`, tagged on `type` like the request. The outcome is reported later by `account/login/completed` (also for API-key logins).',
  tagged('type', {
    apiKey: variant({}, 'The API key was accepted and stored.'),
    chatgpt: variant(
      {
        loginId: str('Identifies this login attempt; pass it to `account/login/cancel` and match it against `account/login/completed`.'),
        authUrl: str('URL the user must open in a browser to finish signing in.'),
      },
      'The ChatGPT sign-in flow has started and waits for the user in the browser.',
    ),
  }),
);

export const CancelLoginAccountParams = def(
  'v2',
  'CancelLoginAccountParams',
  'Params of `account/login/cancel`.',
  object({
    loginId: str('The `loginId` returned by `account/login/start`.'),
  }),
);

export const CancelLoginAccountResponse = def(
  'v2',
  'CancelLoginAccountResponse',
  'Result of `account/login/cancel`: an empty object.',
  empty(),
);

export const LogoutAccountResponse = def(
  'v2',
  'LogoutAccountResponse',
  'Result of `account/logout`: an empty object. An `account/updated` notification with a null `authMode` follows.',
  empty(),
);

export const GetAccountParams = def(
  'v2',
  'GetAccountParams',
  'Params of `account/read`.',
  object({
    refreshToken: optional(bool('When true, refresh the ChatGPT access token before answering. Defaults to false.')),
  }),
);

export const GetAccountResponse = def(
  'v2',
  'GetAccountResponse',
  'Result of `account/read`.',
  object({
    account: maybe(ref(Account, 'The current credentials; null when nobody is signed in.')),
    requiresOpenaiAuth: bool('Whether the configured model provider needs OpenAI credentials at all.'),
  }),
);

export const RateLimitWindow = def(
  'v2',
  'RateLimitWindow',
  'Usage of one rate-limit window. camelCase v2 form; the v1 `RateLimitWindow` is snake_case with a floating-point percentage.',
  object({
    usedPercent: int32('Share of the window already used, in percent.'),
    windowDurationMins: maybe(int64('Length of the window in minutes.')),
    resetsAt: maybe(int64('When the window resets, as Unix time in seconds.')),
  }),
);

export const CreditsSnapshot = def(
  'v2',
  'CreditsSnapshot',
  'Credit balance of the account, as reported by the backend alongside its rate limits.',
  object({
    hasCredits: bool('Whether the account has credits at all.'),
    unlimited: bool('Whether the credits are unlimited.'),
    balance: maybe(str('Remaining balance, sent as a decimal string.')),
  }),
);

export const RateLimitSnapshot = def(
  'v2',
  'RateLimitSnapshot',
  'Current rate-limit usage of the account: a primary (short) and a secondary (long) window, plus credits.',
  object({
    primary: maybe(ref(RateLimitWindow)),
    secondary: maybe(ref(RateLimitWindow)),
    credits: maybe(ref(CreditsSnapshot)),
  }),
);

export const GetAccountRateLimitsResponse = def(
  'v2',
  'GetAccountRateLimitsResponse',
  'Result of `account/rateLimits/read`.',
  object({
    rateLimits: ref(RateLimitSnapshot),
  }),
);
