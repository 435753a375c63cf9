// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where the review runs: `inline` in the current thread, or `detached` in a separate review thread. */
export type ReviewDelivery = "inline" | "detached";
