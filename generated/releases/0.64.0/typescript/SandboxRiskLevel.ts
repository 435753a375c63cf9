// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Estimated risk of running a command, as judged by the sandbox assessment. */
export type SandboxRiskLevel = "low" | "medium" | "high";
