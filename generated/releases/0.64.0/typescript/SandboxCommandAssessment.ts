// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SandboxRiskLevel } from "./SandboxRiskLevel.js";

/** A model-generated explanation and risk estimate for a command awaiting approval. This is the v1 form (`risk_level`); v2 uses `riskLevel`. */
export type SandboxCommandAssessment = {
  /** What the command would do, in plain words. */
  description: string;
  risk_level: SandboxRiskLevel;
};
