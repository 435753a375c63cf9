// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A kind of user input a model accepts: text, images or audio. */
export type InputModality = "text" | "image" | "audio";
