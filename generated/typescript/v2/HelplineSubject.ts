// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** What a wellbeing helpline annotation is about: the agent's answer or the user's prompt. */
export type HelplineSubject = "answer" | "prompt";
