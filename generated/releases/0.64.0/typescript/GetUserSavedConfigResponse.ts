// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { UserSavedConfig } from "./UserSavedConfig.js";

/** Result of `getUserSavedConfig`: the settings stored in the user's config file. */
export type GetUserSavedConfigResponse = {
  config: UserSavedConfig;
};
