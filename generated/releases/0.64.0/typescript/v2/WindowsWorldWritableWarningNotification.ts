// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `windows/worldWritableWarning`: on Windows, directories writable by everyone were found, which weakens the sandbox. */
export type WindowsWorldWritableWarningNotification = {
  /** Some of the world-writable paths found. */
  samplePaths: Array<string>;
  /** How many more such paths exist beyond `samplePaths`. */
  extraCount: number;
  /** Whether the scan for such paths could not complete. */
  failedScan: boolean;
};
