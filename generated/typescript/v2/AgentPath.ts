// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Path naming a spawned sub-agent within the tree of agents it belongs to. */
export type AgentPath = string;
