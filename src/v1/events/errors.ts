/** EventMsg payloads for errors, warnings and informational notices (catalog-v1 §1b). */
import { def, maybe, object, ref, str } from '../../schema.js';
import { CodexErrorInfo } from '../core.js';

export const ErrorEvent = def(
  'root',
  'ErrorEvent',
  'A turn failed with an error (`error`).',
  object({
    message: str('Human-readable error text.'),
    codex_error_info: maybe(ref(CodexErrorInfo, 'Machine-readable error category (v1 snake_case form); null when unclassified.')),
  }),
);

export const StreamErrorEvent = def(
  'root',
  'StreamErrorEvent',
  'A transient streaming failure that the server is retrying (`stream_error`), e.g. "Reconnecting... 1/5".',
  object({
    message: str('Human-readable description, including the retry progress.'),
    codex_error_info: maybe(ref(CodexErrorInfo, 'Machine-readable error category (v1 snake_case form); null when unclassified.')),
  }),
);

export const WarningEvent = def(
  'root',
  'WarningEvent',
  'A non-fatal warning to show the user (`warning`); the turn continues.',
  object({
    message: str(),
  }),
);

export const DeprecationNoticeEvent = def(
  'root',
  'DeprecationNoticeEvent',
  'Tells the user that a feature or setting they use is deprecated (`deprecation_notice`).',
  object({
    summary: str('One-line summary of the deprecation.'),
    details: maybe(str('Longer explanation or migration hint.')),
  }),
);

export const BackgroundEventEvent = def(
  'root',
  'BackgroundEventEvent',
  'Informational message about background activity (`background_event`).',
  object({
    message: str(),
  }),
);
