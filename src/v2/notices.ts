/**
 * Notices the server sends on its own since 0.171.0, typically right after a client connects:
 * problems found in the configuration (`configWarning`), deprecated usage
 * (`deprecationNotice`), and the state of remote control (`remoteControl/status/changed`).
 */
import { def, maybe, object, ref, str, stringEnum, usize } from '../schema.js';

export const TextPosition = def(
  'v2',
  'TextPosition',
  'A position in a text file, counted from 1.',
  object({
    line: usize('Line number, from 1.'),
    column: usize('Column number, from 1, in Unicode scalar values.'),
  }),
  { since: '0.171.0' },
);

export const TextRange = def(
  'v2',
  'TextRange',
  'A span of a text file, from `start` to `end`.',
  object({
    start: ref(TextPosition),
    end: ref(TextPosition),
  }),
  { since: '0.171.0' },
);

export const ConfigWarningNotification = def(
  'v2',
  'ConfigWarningNotification',
  "Params of `configWarning`: something in the configuration or the environment needs the user's attention; the server carries on.",
  object({
    summary: str('The warning in one sentence.'),
    details: maybe(str('More detail or guidance, when there is any.')),
    path: maybe(str('The config file the warning is about, when it is about one.')),
    range: maybe(ref(TextRange, 'Where in that file the problem is, when known.')),
  }),
  { since: '0.171.0' },
);

export const DeprecationNoticeNotification = def(
  'v2',
  'DeprecationNoticeNotification',
  'Params of `deprecationNotice`: the client uses something that is deprecated.',
  object({
    summary: str('What is deprecated, in one sentence.'),
    details: maybe(str('What to do instead, or why, when the server says.')),
  }),
  { since: '0.171.0' },
);

export const RemoteControlConnectionStatus = def(
  'v2',
  'RemoteControlConnectionStatus',
  "State of the server's remote-control connection.",
  stringEnum(['disabled', 'connecting', 'connected', 'errored']),
  { since: '0.171.0' },
);

export const RemoteControlStatusChangedNotification = def(
  'v2',
  'RemoteControlStatusChangedNotification',
  'Params of `remoteControl/status/changed`: the remote-control connection changed state (the server also sends it once at start).',
  object({
    status: ref(RemoteControlConnectionStatus),
    serverName: str('Name the server is known by for remote control, such as the host name.'),
    installationId: str('Identifier of this Codex installation.'),
    environmentId: maybe(str('The remote environment this server is registered as, when it is.')),
  }),
  { since: '0.171.0' },
);
