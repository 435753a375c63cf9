// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why moderation blocked an answer, tagged on `kind`. */
export type BlockReason =
  | {
      /** A content protection rule blocked it. */
      kind: "protection";
      /** Which protection blocked the answer. */
      protectionType: string;
    }
  | {
      /** The cybersecurity policy blocked it. */
      kind: "cyber";
      /** Whether the account has trusted access for security work, when known. */
      trustedAccess?: boolean | null;
    };
