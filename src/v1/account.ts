/** v1 handshake and authentication methods (catalog §1b): initialize, API-key and ChatGPT login, auth status, user info. */
import { array, bool, def, empty, map, maybe, object, optional, ref, since, str } from '../schema.js';
import { AuthMode, JsonValue } from '../core/common.js';
import { ClientInfo } from './session.js';

export const InitializeCapabilities = def(
  'root',
  'InitializeCapabilities',
  'What the client declares it supports or wants, sent once with `initialize` and kept for the connection.',
  object({
    requiredHumanApproval: optional(
      bool('Show `humanCommand` approvals to a person and answer them with a one-time decision only. Needs `experimentalApi`.'),
    ),
    explicitGatewayOauth: optional(
      bool(
        'Sign in to the gateway with an explicit OAuth login rather than opening a browser automatically. Holds for the whole server process, not only this connection.',
      ),
    ),
    experimentalApi: optional(bool('Receive the experimental methods and fields as well. Defaults to false.')),
    requestAttestation: optional(bool('Accept `attestation/generate` requests from the server. Defaults to false.')),
    mcpServerOpenaiFormElicitation: optional(
      bool('Older way to opt in to the `openai/form` MCP extension; new clients list it under `extensions`.'),
    ),
    optOutNotificationMethods: maybe(
      array(str(), 'Notification methods (exact names, e.g. `thread/started`) the server must not send on this connection.'),
    ),
    extensions: maybe(map(ref(JsonValue), 'MCP extension settings, by extension name.')),
  }),
  { since: '0.171.0' },
);

export const InitializeParams = def(
  'root',
  'InitializeParams',
  'Params of `initialize`, the first request a client sends: who the client is.',
  object({
    clientInfo: ref(ClientInfo),
    capabilities: since('0.171.0', maybe(ref(InitializeCapabilities, 'What the client supports; left out or null means the defaults.'))),
  }),
);

export const InitializeResponse = def(
  'root',
  'InitializeResponse',
  'Result of `initialize`.',
  object({
    userAgent: str('User agent string the server uses for its own HTTP requests.'),
    codexHome: since('0.171.0', ref('v2/AbsolutePathBuf', "The server's `CODEX_HOME` folder, as an absolute path.")),
    platformFamily: since('0.171.0', str('Platform family the server was built for, such as `unix` or `windows`.')),
    platformOs: since('0.171.0', str('Operating system the server was built for, such as `linux`, `macos` or `windows`.')),
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

export const LoginApiKeyResponse = def('root', 'LoginApiKeyResponse', 'Result of `loginApiKey` (empty).', empty());

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

export const CancelLoginChatGptResponse = def('root', 'CancelLoginChatGptResponse', 'Result of `cancelLoginChatGpt` (empty).', empty());

export const LogoutChatGptResponse = def('root', 'LogoutChatGptResponse', 'Result of `logoutChatGpt` (empty).', empty());

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
