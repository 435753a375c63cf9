// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The conversation history was compacted to free context space (`context_compacted`). Carries no fields besides `type`; the upstream TS declares it as `null`, but the wire sends `{type}`. */
export type ContextCompactedEvent = Record<string, never>;
