/** v1 utility methods (catalog §1b): git diff, saved config, default model, fuzzy file search, one-off commands. */
import { array, def, empty, int32, maybe, object, ref, str, stringEnum, uint64 } from '../schema.js';
import { ReasoningEffort } from '../core/common.js';
import { FuzzyFileSearchResult, SandboxPolicy, UserSavedConfig } from './session.js';

export const GitSha = def('root', 'GitSha', 'A git commit hash as a hex string.', str());

export const GitDiffToRemoteParams = def(
  'root',
  'GitDiffToRemoteParams',
  'Params of `gitDiffToRemote`: diff a working tree against its remote.',
  object({
    cwd: str('Directory inside the git repository.'),
  }),
);

export const GitDiffToRemoteResponse = def(
  'root',
  'GitDiffToRemoteResponse',
  'Result of `gitDiffToRemote`: the remote commit compared against and the diff to it.',
  object({
    sha: ref(GitSha, 'Remote commit the diff is taken against.'),
    diff: str('Unified diff from that commit to the working tree.'),
  }),
);

export const GetUserSavedConfigResponse = def(
  'root',
  'GetUserSavedConfigResponse',
  "Result of `getUserSavedConfig`: the settings stored in the user's config file.",
  object({
    config: ref(UserSavedConfig),
  }),
);

export const SetDefaultModelParams = def(
  'root',
  'SetDefaultModelParams',
  "Params of `setDefaultModel`: persist the default model and effort in the user's config; null clears a setting.",
  object({
    model: maybe(str('Model slug to make the default.')),
    reasoningEffort: maybe(ref(ReasoningEffort)),
  }),
);

export const SetDefaultModelResponse = def('root', 'SetDefaultModelResponse', 'Result of `setDefaultModel` (empty).', empty());

export const FuzzyFileSearchParams = def(
  'root',
  'FuzzyFileSearchParams',
  'Params of `fuzzyFileSearch`: fuzzy-match file paths under the given roots.',
  object({
    query: str('Text to match against file paths.'),
    roots: array(str(), 'Directories to search.'),
    cancellationToken: maybe(str('Token identifying the search; a new search with the same token cancels the previous one.')),
  }),
);

export const FuzzyFileSearchResponse = def(
  'root',
  'FuzzyFileSearchResponse',
  'Result of `fuzzyFileSearch`: the matches, best first.',
  object({
    files: array(ref(FuzzyFileSearchResult)),
  }),
);

export const ExecOneOffCommandParams = def(
  'root',
  'ExecOneOffCommandParams',
  'Params of `execOneOffCommand`: run one command under the sandbox, outside any conversation.',
  object({
    command: array(str(), 'The command as an argv list.'),
    timeoutMs: maybe(uint64('Kill the command after this many milliseconds.')),
    cwd: maybe(str("Working directory; defaults to the server's.")),
    sandboxPolicy: maybe(ref(SandboxPolicy)),
  }),
);

export const ExecOneOffCommandResponse = def(
  'root',
  'ExecOneOffCommandResponse',
  'Result of `execOneOffCommand`.',
  object({
    exitCode: int32('Process exit code.'),
    stdout: str('Captured standard output.'),
    stderr: str('Captured standard error.'),
  }),
);

export const FuzzyFileSearchMatchType = def(
  'root',
  'FuzzyFileSearchMatchType',
  'Whether a fuzzy search match is a file or a directory.',
  stringEnum(['file', 'directory']),
  { since: '0.171.0' },
);
