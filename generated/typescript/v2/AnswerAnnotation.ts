// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { HelplineSubject } from "./HelplineSubject.js";

/** A note shown next to an answer that is displayed. The `kind` names the note; the one kind so far points to a wellbeing helpline. */
export type AnswerAnnotation = {
  kind: "wellbeingHelpline";
  subject: HelplineSubject;
};
