/**
 * Small v2 building blocks used across threads, turns and items: approval and sandbox settings,
 * user input, session source, git metadata and turn errors. These are the camelCase v2 forms;
 * several share a name with a differently shaped v1 type at the root.
 */
import {
  array,
  bool,
  def,
  externallyTagged,
  maybe,
  object,
  optional,
  ref,
  str,
  stringEnum,
  tagged,
  uint16,
  variant,
  type TSchema,
} from '../schema.js';

export const AskForApproval = def(
  'v2',
  'AskForApproval',
  'When the agent must ask the user before running a command. camelCase values; v1 uses kebab-case (`on-request`, ...) and `untrusted` instead of `unlessTrusted`.',
  stringEnum(['unlessTrusted', 'onFailure', 'onRequest', 'never']),
);

export const SandboxMode = def(
  'v2',
  'SandboxMode',
  'Coarse sandbox level requested when starting or resuming a thread (a plain string, unlike the `SandboxPolicy` object that responses report).',
  stringEnum(['readOnly', 'workspaceWrite', 'dangerFullAccess']),
);

export const SandboxPolicy = def(
  'v2',
  'SandboxPolicy',
  'Effective sandbox restrictions for commands the agent runs, tagged on `type`. The v1 form uses kebab-case tags and snake_case fields and is not accepted here.',
  tagged('type', {
    dangerFullAccess: variant({}, 'No sandbox: commands may read, write and use the network freely.'),
    readOnly: variant({}, 'Commands may read the file system but not write to it.'),
    workspaceWrite: variant(
      {
        writableRoots: optional(array(str(), 'Extra directories, besides the working directory, that commands may write to. Defaults to an empty list.')),
        networkAccess: optional(bool('Whether commands may use the network. Defaults to false.')),
        excludeTmpdirEnvVar: optional(bool('When true, the directory named by `$TMPDIR` is not writable. Defaults to false.')),
        excludeSlashTmp: optional(bool('When true, `/tmp` is not writable. Defaults to false.')),
      },
      'Commands may write inside the working directory and the extra writable roots. TS lists all four fields as required, but the server fills in defaults when they are omitted.',
    ),
  }),
);

export const UserInput = def(
  'v2',
  'UserInput',
  'One piece of user-provided input to a turn, tagged on `type`: text, a remote image, or an image file on the server machine.',
  tagged('type', {
    text: variant({ text: str() }, 'Plain text typed by the user.'),
    image: variant({ url: str('Image URL, which may also be a `data:` URL.') }, 'An image given by URL.'),
    localImage: variant({ path: str('Path of the image file on the machine running the server.') }, 'An image read from a local file.'),
  }),
);

export const SessionSource = def(
  'v2',
  'SessionSource',
  'Which kind of client created a thread. Threads created through the app-server report `vscode`. Unlike v1, there is no sub-agent variant.',
  stringEnum(['cli', 'vscode', 'exec', 'appServer', 'unknown']),
);

export const GitInfo = def(
  'v2',
  'GitInfo',
  'Git repository state recorded when a thread was created; each part is null when it could not be determined.',
  object({
    sha: maybe(str('Commit hash checked out at the time.')),
    branch: maybe(str('Current branch name.')),
    originUrl: maybe(str('URL of the `origin` remote.')),
  }),
);

/** Payload shared by the HTTP-related error kinds; built fresh for each branch. */
function httpFailure(): TSchema {
  return object({
    httpStatusCode: maybe(uint16('HTTP status returned by the model provider, when there was one.')),
  });
}

export const CodexErrorInfo = def(
  'v2',
  'CodexErrorInfo',
  'Machine-readable classification of a turn error. Externally tagged: simple kinds are bare strings, HTTP-related kinds are single-key objects carrying the status code. v1 uses the same kinds in snake_case.',
  externallyTagged(
    ['contextWindowExceeded', 'usageLimitExceeded', 'internalServerError', 'unauthorized', 'badRequest', 'sandboxError', 'other'],
    {
      httpConnectionFailed: httpFailure(),
      responseStreamConnectionFailed: httpFailure(),
      responseStreamDisconnected: httpFailure(),
      responseTooManyFailedAttempts: httpFailure(),
    },
    'Error kinds that carry no extra data.',
  ),
);

export const TurnError = def(
  'v2',
  'TurnError',
  'An error that failed a turn, or a transient error reported through the `error` notification while the server retries.',
  object({
    message: str('Human-readable error message.'),
    codexErrorInfo: maybe(ref(CodexErrorInfo)),
  }),
);
