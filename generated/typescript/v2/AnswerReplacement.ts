// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What is shown instead of a hidden answer. The `kind` names it; the one kind so far points the user to a wellbeing helpline. */
export type AnswerReplacement = {
  kind: "wellbeingPromptHelpline";
};
