// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadSectionAppearance } from "./ThreadSectionAppearance.js";

/** A user-made group that threads can be filed under, stored apart from the threads themselves. */
export type ThreadSection = {
  /** Identifier of the section (a UUID); it stays the same when the section is renamed. */
  id: string;
  /** Name of the section as the user sees it. */
  name: string;
  /** How clients show the section, when it was set. */
  appearance?: ThreadSectionAppearance | null;
};
