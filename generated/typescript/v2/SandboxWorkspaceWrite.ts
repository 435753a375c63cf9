// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Settings of the workspace-write sandbox as the config file spells them (snake_case); every field may be left out and takes its default. */
export type SandboxWorkspaceWrite = {
  /** Extra directories, besides the working directory, that commands may write to. Defaults to none. */
  writable_roots?: Array<string>;
  /** Whether commands may use the network. Defaults to false. */
  network_access?: boolean;
  /** When true, the directory named by `$TMPDIR` is not writable. Defaults to false. */
  exclude_tmpdir_env_var?: boolean;
  /** When true, `/tmp` is not writable. Defaults to false. */
  exclude_slash_tmp?: boolean;
};
