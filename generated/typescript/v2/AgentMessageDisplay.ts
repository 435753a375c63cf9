// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AnswerAnnotation } from "./AnswerAnnotation.js";
import type { AnswerReplacement } from "./AnswerReplacement.js";
import type { BlockReason } from "./BlockReason.js";
import type { TrustedContacts } from "./TrustedContacts.js";

/** How a client presents a moderated answer, tagged on `mode`. */
export type AgentMessageDisplay =
  | {
      /** Show the answer, possibly with an annotation. */
      mode: "show";
      /** Version of the display format; always 1 so far. */
      version: 1;
      annotation?: AnswerAnnotation | null;
      /** Whether to check the user's trusted contacts before showing it. */
      trustedContacts: TrustedContacts;
    }
  | {
      /** Hide the answer and show the replacement instead. */
      mode: "hide";
      /** Version of the display format; always 1 so far. */
      version: 1;
      replacement: AnswerReplacement;
    }
  | {
      /** Block the answer. */
      mode: "block";
      /** Version of the display format; always 1 so far. */
      version: 1;
      reason: BlockReason;
    };
