// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which kind of sub-agent created a session. Externally tagged: `review` and `compact` are bare strings; any other sub-agent is `{"other": name}`. */
export type SubAgentSource =
  | "review"
  | "compact"
  | {
      /** Name of the sub-agent. */
      other: string;
    };
