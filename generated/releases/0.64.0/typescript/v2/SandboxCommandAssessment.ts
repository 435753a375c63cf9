// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CommandRiskLevel } from "./CommandRiskLevel.js";

/** A model-written summary and risk rating of a command that needs approval. camelCase on the wire (`riskLevel`), although the upstream bundle points at the snake_case v1 shape (Q8). */
export type SandboxCommandAssessment = {
  /** Short explanation of what the command does. */
  description: string;
  riskLevel: CommandRiskLevel;
};
