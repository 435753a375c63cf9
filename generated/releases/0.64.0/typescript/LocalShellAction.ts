// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a `local_shell_call` asks for. Tagged on `type` with a single kind, `exec`, whose `LocalShellExecAction` fields sit beside the tag. */
export type LocalShellAction = {
  type: "exec";
  /** Program and arguments (argv). */
  command: Array<string>;
  /** Time limit in milliseconds. A 64-bit integer on the server, sent as a plain JSON number. */
  timeout_ms?: number | null;
  /** Directory to run the command in. */
  working_directory?: string | null;
  /** Extra environment variables for the command. */
  env?: { [key: string]: string } | null;
  /** User to run the command as. */
  user?: string | null;
};
