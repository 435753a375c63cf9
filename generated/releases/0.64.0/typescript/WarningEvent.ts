// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A non-fatal warning to show the user (`warning`); the turn continues. */
export type WarningEvent = {
  message: string;
};
