// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ModeKind } from "./ModeKind.js";
import type { Settings } from "./Settings.js";

/** How the agent works with the user in a thread: the mode and the settings it runs with. */
export type CollaborationMode = {
  mode: ModeKind;
  settings: Settings;
};
