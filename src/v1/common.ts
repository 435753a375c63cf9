/**
 * Core types shared by v1 and v2 with the same wire shape. They live once, in the root
 * namespace; v2 types reference them here instead of keeping identical copies.
 */
import { def, stringEnum, Type } from '../schema.js';

// One level of JSON types, not a recursive union: quicktype and other tools cannot read a union
// that contains itself (upstream writes serde_json::Value as `true`, which says nothing).
export const JsonValue = def(
  'root',
  'JsonValue',
  'Any JSON value: null, boolean, number, string, array or object (what arrays and objects hold is not constrained).',
  Type.Union([Type.Null(), Type.Boolean(), Type.Number(), Type.String(), Type.Array(Type.Unknown()), Type.Object({}, { additionalProperties: true })]),
);

export const ConversationId = def(
  'root',
  'ConversationId',
  'Identifier of a conversation (a v2 thread id); a UUID string.',
  Type.String(),
);

export const ReasoningEffort = def(
  'root',
  'ReasoningEffort',
  'How much reasoning the model should spend on a turn.',
  stringEnum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']),
);

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
  stringEnum(['apikey', 'chatgpt']),
);

export const Verbosity = def(
  'root',
  'Verbosity',
  'Requested verbosity of model output.',
  stringEnum(['low', 'medium', 'high']),
);
