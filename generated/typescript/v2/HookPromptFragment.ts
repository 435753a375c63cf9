// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A piece of prompt text a hook added to the conversation. */
export type HookPromptFragment = {
  /** The text the hook added. */
  text: string;
  /** Identifier of the hook run that produced it. */
  hookRunId: string;
};
