// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Resolution at which the model looks at an image: chosen by the model provider (`auto`), reduced, full, or as sent. */
export type ImageDetail = "auto" | "low" | "high" | "original";
