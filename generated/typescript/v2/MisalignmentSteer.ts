// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Input to send as the next turn when the user chooses to continue after a misalignment block. */
export type MisalignmentSteer = {
  /** The text to send. */
  message: string;
};
