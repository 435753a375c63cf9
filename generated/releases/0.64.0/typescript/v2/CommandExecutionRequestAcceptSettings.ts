// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Extra options that go with accepting a command. */
export type CommandExecutionRequestAcceptSettings = {
  /** Also approve the same command for the rest of the session. Defaults to false. */
  forSession?: boolean;
};
