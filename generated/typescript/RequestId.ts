// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Identifier that pairs a request with its response: a string or an integer, chosen by the sender. */
export type RequestId = string | number;
