/** v1 handshake and authentication methods (catalog §1b): initialize, API-key and ChatGPT login, auth status, user info. */
import { bool, def, empty, maybe, object, ref, str } from '../schema.js';
import { AuthMode } from './common.js';
import { ClientInfo } from './session.js';

export const InitializeParams = def(
  'root',
  'InitializeParams',
  'Params of `initialize`, the first request a client sends: who the client is.',
  object({
    clientInfo: ref(ClientInfo),
  }),
);

export const InitializeResponse = def(
  'root',
  'InitializeResponse',
  'Result of `initialize`.',
  object({
    userAgent: str('User agent string the server uses for its own HTTP requests.'),
  }),
);

export const LoginApiKeyParams = def(
  'root',
  'LoginApiKeyParams',
  'Params of `loginApiKey`: authenticate with an OpenAI API key.',
  object({
    apiKey: str('The API key to store.'),
  }),
);

export const LoginApiKeyResponse = def(
  'root',
  'LoginApiKeyResponse',
  'Result of `loginApiKey` (empty).',
  empty(),
);

export const LoginChatGptResponse = def(
  'root',
  'LoginChatGptResponse',
  'Result of `loginChatGpt`: a browser sign-in flow was started; completion is reported by `loginChatGptComplete`.',
  object({
    loginId: str('Id of this login attempt, for cancelling it or matching the completion.'),
    authUrl: str('URL the user opens to sign in.'),
  }),
);

export const CancelLoginChatGptParams = def(
  'root',
  'CancelLoginChatGptParams',
  'Params of `cancelLoginChatGpt`: abort a pending ChatGPT sign-in.',
  object({
    loginId: str('Id returned by `loginChatGpt`.'),
  }),
);

export const CancelLoginChatGptResponse = def(
  'root',
  'CancelLoginChatGptResponse',
  'Result of `cancelLoginChatGpt` (empty).',
  empty(),
);

export const LogoutChatGptResponse = def(
  'root',
  'LogoutChatGptResponse',
  'Result of `logoutChatGpt` (empty).',
  empty(),
);

export const GetAuthStatusParams = def(
  'root',
  'GetAuthStatusParams',
  'Params of `getAuthStatus`.',
  object({
    includeToken: maybe(bool('Whether to return the current auth token.')),
    refreshToken: maybe(bool('Whether to refresh the token before answering.')),
  }),
);

export const GetAuthStatusResponse = def(
  'root',
  'GetAuthStatusResponse',
  'Result of `getAuthStatus`: how the server is signed in.',
  object({
    authMethod: maybe(ref(AuthMode, 'Current sign-in method; null when signed out.')),
    authToken: maybe(str('Current token, only when `includeToken` was set.')),
    requiresOpenaiAuth: maybe(bool('Whether the configured model provider needs OpenAI authentication.')),
  }),
);

export const GetUserAgentResponse = def(
  'root',
  'GetUserAgentResponse',
  'Result of `getUserAgent`.',
  object({
    userAgent: str('User agent string the server uses for its own HTTP requests.'),
  }),
);

export const UserInfoResponse = def(
  'root',
  'UserInfoResponse',
  'Result of `userInfo`.',
  object({
    allegedUserEmail: maybe(str('Email claimed by the stored ChatGPT credentials, not verified by the server.')),
  }),
);
