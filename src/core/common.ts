/**
 * Core types shared by v1 and v2 with the same wire shape. They live once, in the root
 * namespace; v2 types reference them here instead of keeping identical copies.
 */
import { def, object, ref, str, stringEnum, Type } from '../schema.js';

// One level of JSON types, not a recursive union: quicktype and other tools cannot read a union
// that contains itself (upstream writes serde_json::Value as `true`, which says nothing).
export const JsonValue = def(
  'root',
  'JsonValue',
  'Any JSON value: null, boolean, number, string, array or object (what arrays and objects hold is not constrained).',
  Type.Union([
    Type.Null(),
    Type.Boolean(),
    Type.Number(),
    Type.String(),
    Type.Array(Type.Unknown()),
    Type.Object({}, { additionalProperties: true }),
  ]),
);

export const ConversationId = def('root', 'ConversationId', 'Identifier of a conversation (a v2 thread id); a UUID string.', Type.String());

export const ReasoningEffort = def('root', 'ReasoningEffort', 'How much reasoning the model should spend on a turn.', {
  '0.64.0': stringEnum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']),
  '0.171.0': {
    description:
      'How much reasoning the model should spend on a turn: an open string, since each model lists the levels it supports (`supportedReasoningEfforts` in `model/list`), e.g. `low`, `high`, `max`, `ultra`.',
    schema: str(undefined, { minLength: 1 }),
  },
});

export const ReasoningSummary = def(
  'root',
  'ReasoningSummary',
  'How detailed the reasoning summaries the model produces should be.',
  stringEnum(['auto', 'concise', 'detailed', 'none']),
);

export const AuthMode = def(
  'root',
  'AuthMode',
  'How the server is authenticated with OpenAI: an API key or a ChatGPT sign-in. Note the lower-case `apikey`.',
  {
    '0.64.0': stringEnum(['apikey', 'chatgpt']),
    '0.171.0': {
      description:
        'How the server authenticates with its model provider: `apikey` (a key stored by the server; note the lower case), `chatgpt` (a ChatGPT sign-in the server keeps and refreshes), `chatgptAuthTokens` (ChatGPT tokens a host application supplies and refreshes, held in memory only; marked for internal use upstream), `headers` (credentials sent as request headers), `agentIdentity` (a registered agent identity), `personalAccessToken` (a personal access token), `bedrockApiKey` (an Amazon Bedrock bearer token) or `bedrockAccessKeys` (Amazon Bedrock AWS access keys).',
      schema: stringEnum([
        'apikey',
        'chatgpt',
        'chatgptAuthTokens',
        'headers',
        'agentIdentity',
        'personalAccessToken',
        'bedrockApiKey',
        'bedrockAccessKeys',
      ]),
    },
  },
);

export const Verbosity = def('root', 'Verbosity', 'Requested verbosity of model output.', stringEnum(['low', 'medium', 'high']));

export const NetworkPolicyRuleAction = def(
  'root',
  'NetworkPolicyRuleAction',
  'Whether a network policy rule lets requests to its host through or blocks them.',
  stringEnum(['allow', 'deny']),
  { since: '0.171.0' },
);

export const NetworkPolicyAmendment = def(
  'root',
  'NetworkPolicyAmendment',
  'A lasting network rule for one host, proposed by the server with a command approval and chosen by the user in the answer (v2 `applyNetworkPolicyAmendment`, v1 `network_policy_amendment`).',
  object({
    action: ref(NetworkPolicyRuleAction),
    host: str('Host the rule applies to.'),
  }),
  { since: '0.171.0' },
);
