// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Where the review runs: `inline`, in the thread given to `review/start`, is the only choice. To review in a thread of its own, start that thread first and pass its id. */
export type ReviewDelivery = "inline";
