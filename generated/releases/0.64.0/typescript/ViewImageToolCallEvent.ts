// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The agent attached a local image to its context (`view_image_tool_call`). */
export type ViewImageToolCallEvent = {
  /** Id of the tool call. */
  call_id: string;
  /** Path of the image file. */
  path: string;
};
