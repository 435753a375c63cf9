// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Marks the start of a new reasoning summary section (`agent_reasoning_section_break`). */
export type AgentReasoningSectionBreakEvent = {
  /** Id of the reasoning item; defaults to the empty string. */
  item_id?: string;
  /** Index of the summary part that begins; defaults to 0. */
  summary_index?: number;
};
