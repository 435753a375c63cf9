// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Informational message about background activity (`background_event`). */
export type BackgroundEventEvent = {
  message: string;
};
