// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One part of an agent message item. There is a single kind, `Text` (PascalCase). */
export type AgentMessageContent = {
  type: "Text";
  text: string;
};
