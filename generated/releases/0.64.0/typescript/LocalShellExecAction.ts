// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A command the model asked to run through the built-in local shell tool. On the wire its fields appear flattened inside `LocalShellAction`; unset optional fields are sent as null. */
export type LocalShellExecAction = {
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
