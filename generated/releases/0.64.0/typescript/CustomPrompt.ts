// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A user-defined prompt (slash command) loaded from a Markdown file. */
export type CustomPrompt = {
  /** Name the prompt is invoked by. */
  name: string;
  /** File the prompt was loaded from. */
  path: string;
  /** Prompt text. */
  content: string;
  /** Short description for display. */
  description?: string | null;
  /** Hint describing the arguments the prompt expects. */
  argument_hint?: string | null;
};
