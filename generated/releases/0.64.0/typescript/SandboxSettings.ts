// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Settings for the `workspace-write` sandbox from the user's configuration. */
export type SandboxSettings = {
  /** Extra writable directories. Defaults to an empty list. */
  writableRoots?: Array<string>;
  /** Whether commands may use the network. */
  networkAccess?: boolean | null;
  /** When true, the directory named by `$TMPDIR` is not writable. */
  excludeTmpdirEnvVar?: boolean | null;
  /** When true, `/tmp` is not writable. */
  excludeSlashTmp?: boolean | null;
};
