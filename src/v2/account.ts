/**
 * v2 account API: who is signed in, signing in and out (`account/login/start`,
 * `account/login/cancel`, `account/logout`, `account/read`) and the notifications about the
 * account (`account/updated`, `account/login/completed`). Usage limits
 * (`account/rateLimits/read`, `account/rateLimits/updated`) are in `rate-limits.ts`.
 */
import { bool, def, empty, maybe, nullable, object, optional, ref, since, str, stringEnum, tagged, variant } from '../schema.js';
import { AuthMode } from '../core/common.js';

const PLANS_0_64 = ['free', 'plus', 'pro', 'team', 'business', 'enterprise', 'edu', 'unknown'];

export const PlanType = def(
  'v2',
  'PlanType',
  'ChatGPT subscription plan of a signed-in account; `unknown` when the plan could not be mapped.',
  {
    '0.64.0': stringEnum(PLANS_0_64),
    '0.171.0': stringEnum([
      'free',
      'go',
      'plus',
      'pro',
      'prolite',
      'promax',
      'team',
      'self_serve_business_prolite',
      'self_serve_business_usage_based',
      'business',
      'ent26',
      'enterprise_cbp_automation',
      'enterprise_cbp_usage_based',
      'enterprise',
      'edu',
      'edu_plus',
      'edu_pro',
      'sci',
      'sci_plus',
      'unknown',
    ]),
  },
);

const apiKeyAccount = () => variant({}, 'Authenticated with an OpenAI API key; the key itself is never reported back.');

export const Account = def(
  'v2',
  'Account',
  'The credentials the server is currently using, tagged on `type`. Note the tag is `apiKey` here while `AuthMode` spells it `apikey`.',
  {
    '0.64.0': tagged('type', {
      apiKey: apiKeyAccount(),
      chatgpt: variant(
        {
          email: str('Email address of the signed-in ChatGPT user.'),
          planType: ref(PlanType),
        },
        'Signed in with a ChatGPT account.',
      ),
    }),
    '0.171.0': tagged('type', {
      apiKey: apiKeyAccount(),
      chatgpt: variant(
        {
          email: nullable(str('Email address of the signed-in ChatGPT user; null when the credentials do not carry one.')),
          planType: ref(PlanType),
          workspaceName: maybe(str('Name of the ChatGPT workspace in use, when known.')),
        },
        'Signed in with a ChatGPT account.',
      ),
      amazonBedrock: variant(
        { usesCodexManagedCredentials: optional(bool('Whether Codex manages the Bedrock credentials itself. Defaults to false.')) },
        'Using Amazon Bedrock.',
      ),
      gcp: variant({}, 'Using Google Cloud Vertex AI, with credentials managed outside Codex.'),
    }),
  },
);

export const LoginAppBrand = def(
  'v2',
  'LoginAppBrand',
  'Which product the ChatGPT sign-in pages present themselves as.',
  stringEnum(['codex', 'chatgpt']),
  { since: '0.171.0' },
);

export const LoginAccountParams = def(
  'v2',
  'LoginAccountParams',
  'Params of `account/login/start`: which sign-in method to use, tagged on `type`.',
  tagged('type', {
    apiKey: variant({ apiKey: str('The OpenAI API key to store and use.') }, 'Sign in with an API key; completes immediately.'),
    chatgpt: variant(
      {
        codexStreamlinedLogin: since('0.171.0', optional(bool('Use the shorter Codex sign-in flow. Defaults to false.'))),
        useHostedLoginSuccessPage: since(
          '0.171.0',
          optional(bool('After signing in, show the success page hosted by OpenAI instead of the local one. Defaults to false.')),
        ),
        appBrand: since('0.171.0', maybe(ref(LoginAppBrand))),
      },
      'Start the browser-based ChatGPT sign-in flow.',
    ),
    chatgptDeviceCode: variant({}, 'Start a ChatGPT sign-in by device code, for machines without a browser.', { since: '0.171.0' }),
    chatgptAuthTokens: variant(
      {
        accessToken: str('Access token (a JWT) the client obtained; the server uses it for backend requests.'),
        chatgptAccountId: str('The ChatGPT workspace (account) the token belongs to.'),
        chatgptPlanType: maybe(str('The plan of that workspace; when null the server reads it from the token, or assumes `unknown`.')),
      },
      "[UNSTABLE] For OpenAI's own clients only: use ChatGPT tokens the client manages itself.",
      { since: '0.171.0' },
    ),
    amazonBedrock: variant(
      {
        apiKey: str('The Bedrock API key.'),
        region: str('AWS region to use, such as `us-east-1`.'),
      },
      '[UNSTABLE] Sign in to Amazon Bedrock with an API key.',
      { since: '0.171.0' },
    ),
    amazonBedrockAccessKeys: variant(
      {
        accessKeyId: str(),
        secretAccessKey: str(),
        sessionToken: maybe(str('Session token, for temporary credentials.')),
        region: str('AWS region to use, such as `us-east-1`.'),
      },
      '[UNSTABLE] Sign in to Amazon Bedrock with AWS access keys.',
      { since: '0.171.0' },
    ),
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
    chatgptDeviceCode: variant(
      {
        loginId: str('Identifies this login attempt, as for `chatgpt`.'),
        verificationUrl: str('URL the user opens, on any device, to enter the code.'),
        userCode: str('One-time code the user enters there.'),
      },
      'The device-code sign-in has started: the user enters the code at the URL.',
      { since: '0.171.0' },
    ),
    chatgptAuthTokens: variant({}, 'The tokens were accepted.', { since: '0.171.0' }),
    amazonBedrock: variant({}, 'The Bedrock credentials were accepted and stored (for both Bedrock sign-in methods).', {
      since: '0.171.0',
    }),
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

export const CancelLoginAccountStatus = def(
  'v2',
  'CancelLoginAccountStatus',
  'What `account/login/cancel` did: cancelled the attempt, or found no pending attempt with that id.',
  stringEnum(['canceled', 'notFound']),
  { since: '0.171.0' },
);

export const CancelLoginAccountResponse = def('v2', 'CancelLoginAccountResponse', 'Result of `account/login/cancel`: an empty object.', {
  '0.64.0': empty(),
  '0.171.0': {
    description: 'Result of `account/login/cancel`.',
    schema: object({ status: ref(CancelLoginAccountStatus) }),
  },
});

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

export const AccountRoutingOverride = def(
  'v2',
  'AccountRoutingOverride',
  "Where the backend must keep a workspace's requests: no constraint, the United States, or the United States with stricter controls (`us_cr`); spelled as the backend spells them.",
  stringEnum(['NO_CONSTRAINT', 'us', 'us_cr']),
  { since: '0.171.0' },
);

export const WorkspaceRouting = def(
  'v2',
  'WorkspaceRouting',
  'Where the requests of the selected ChatGPT workspace go, as the server found out from the backend.',
  object({
    chatgptAccountId: str('The ChatGPT workspace (account) id.'),
    backendOrigin: str('Origin of the backend that serves the workspace.'),
    accountRoutingOverride: ref(AccountRoutingOverride),
  }),
  { since: '0.171.0' },
);

export const GetAccountResponse = def(
  'v2',
  'GetAccountResponse',
  'Result of `account/read`.',
  object({
    account: maybe(ref(Account, 'The current credentials; null when nobody is signed in.')),
    userId: since('0.171.0', maybe(str('The ChatGPT user id of the account, when known.'))),
    requiresOpenaiAuth: bool('Whether the configured model provider needs OpenAI credentials at all.'),
    workspaceRouting: since(
      '0.171.0',
      maybe(
        ref(
          WorkspaceRouting,
          "[UNSTABLE] Experimental: where the workspace's requests go, once the server knows; the server sends the key (as null) to every client.",
        ),
      ),
    ),
  }),
);

export const AccountUpdateReason = def(
  'v2',
  'AccountUpdateReason',
  'Why `account/updated` was sent although the sign-in did not change: `workspaceRoutingReady` once the server has found out which workspace requests go to.',
  stringEnum(['workspaceRoutingReady', 'unknown']),
  { since: '0.171.0' },
);

export const AccountUpdatedNotification = def(
  'v2',
  'AccountUpdatedNotification',
  "Params of `account/updated`: the server's authentication changed, e.g. after a login or logout.",
  object({
    authMode: maybe(ref(AuthMode, 'How the server is now authenticated; null once signed out.')),
    planType: since('0.171.0', maybe(ref(PlanType, 'The ChatGPT plan, when signed in with ChatGPT.'))),
    reason: since(
      '0.171.0',
      maybe(ref(AccountUpdateReason, 'Set when the notification reports something other than a change of sign-in.')),
    ),
  }),
);

export const DesktopOnboardingEntrypoint = def(
  'v2',
  'DesktopOnboardingEntrypoint',
  'Where the desktop app should start its onboarding after a sign-in.',
  stringEnum(['life_sciences']),
  { since: '0.171.0' },
);

export const AccountLoginCompletedNotification = def(
  'v2',
  'AccountLoginCompletedNotification',
  'Params of `account/login/completed`: a login attempt finished, successfully or not.',
  object({
    loginId: maybe(str("The attempt's `loginId`; null for API-key logins, which have none.")),
    success: bool(),
    error: maybe(str('Why the login failed, when it did.')),
    onboardingEntrypoint: since('0.171.0', maybe(ref(DesktopOnboardingEntrypoint))),
  }),
);
