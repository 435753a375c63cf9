// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { CyberAccessProgram } from "./CyberAccessProgram.js";

/** The access programs this caller may select for a model. */
export type ModelAccessPrograms = {
  /** Cybersecurity programs that may be selected. */
  cyber: Array<CyberAccessProgram>;
};
