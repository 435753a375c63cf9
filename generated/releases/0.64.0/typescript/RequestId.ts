// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Identifier that pairs a request with its response, chosen by the sender: a string, or an integer within ±(2^53 - 1) written without fraction or exponent. */
export type RequestId = string | number;
