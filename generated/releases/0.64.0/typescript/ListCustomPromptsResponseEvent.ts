// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CustomPrompt } from "./CustomPrompt.js";

/** Reply listing the user's custom prompts (`list_custom_prompts_response`). */
export type ListCustomPromptsResponseEvent = {
  custom_prompts: Array<CustomPrompt>;
};
