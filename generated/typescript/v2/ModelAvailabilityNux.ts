// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A one-time notice to show the user about a model becoming available. */
export type ModelAvailabilityNux = {
  message: string;
};
