// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A question an agent message asks the user to answer later. Admits no other keys. */
export type AsyncUserInputQuestion = {
  /** The question. */
  title: string;
  /** Answers to choose from; absent or null for a free-form answer. */
  options?: Array<string> | null;
};
