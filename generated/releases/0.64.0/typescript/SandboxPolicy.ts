// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Sandbox restrictions for commands the agent runs (v1 form), tagged on `type` with kebab-case values and snake_case fields. The v2 camelCase tags are rejected. */
export type SandboxPolicy =
  | {
      /** No sandbox: commands may read, write and use the network freely. */
      type: "danger-full-access";
    }
  | {
      /** Commands may read the file system but not write to it. */
      type: "read-only";
    }
  | {
      /** Commands may write inside the working directory and the extra writable roots. TS lists the booleans as required, but the server defaults them to false when omitted. */
      type: "workspace-write";
      /** Extra directories, besides the working directory, that commands may write to. */
      writable_roots?: Array<string>;
      /** Whether commands may use the network. Defaults to false. */
      network_access?: boolean;
      /** When true, the directory named by `$TMPDIR` is not writable. Defaults to false. */
      exclude_tmpdir_env_var?: boolean;
      /** When true, `/tmp` is not writable. Defaults to false. */
      exclude_slash_tmp?: boolean;
    };
