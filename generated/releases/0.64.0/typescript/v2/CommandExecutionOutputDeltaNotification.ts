// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/commandExecution/outputDelta`: more output from a running command. */
export type CommandExecutionOutputDeltaNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Output chunk as decoded text (unlike the base64 v1 `exec_command_output_delta`). */
  delta: string;
};
