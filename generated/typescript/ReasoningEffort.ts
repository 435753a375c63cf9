// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How much reasoning the model should spend on a turn: an open string, since each model lists the levels it supports (`supportedReasoningEfforts` in `model/list`), e.g. `low`, `high`, `max`, `ultra`. */
export type ReasoningEffort = string;
