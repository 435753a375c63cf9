// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AbsolutePathBuf } from "./AbsolutePathBuf.js";

/** Which configuration layer a value comes from and where that layer was read, tagged on `type`. */
export type ConfigLayerSource =
  | {
      /** The defaults that ship with the installed Codex package. */
      type: "packagedDefaults";
      /** The defaults file of the installed package. */
      file: AbsolutePathBuf;
    }
  | {
      /** Managed preferences delivered by device management (macOS only). */
      type: "mdm";
      /** Preferences domain the layer is read from. */
      domain: string;
      /** Key inside that domain. */
      key: string;
    }
  | {
      /** The system-wide managed config file. */
      type: "system";
      /** The system config file; it need not exist. */
      file: AbsolutePathBuf;
    }
  | {
      /** A layer an organisation's administrators deliver through cloud configuration. */
      type: "enterpriseManaged";
      /** Stable identifier of the layer. */
      id: string;
      /** Name an administrator gave the layer, shown in diagnostics. */
      name: string;
    }
  | {
      /** The user's own config file, the one writes go to unless told otherwise. */
      type: "user";
      /** The user's config file under the Codex home directory; it need not exist. */
      file: AbsolutePathBuf;
      /** The profile laid over the base user config, when this layer is one. */
      profile?: string | null;
    }
  | {
      /** A `.codex/` folder of the project; there may be several between the working directory and the repository root. */
      type: "project";
      /** The `.codex/` folder of the layer. */
      dotCodexFolder: AbsolutePathBuf;
    }
  | {
      /** Overrides given on the command line (`-c` / `--config`). */
      type: "sessionFlags";
    }
  | {
      /** The older `managed_config.toml` file, still read while it is phased out. */
      type: "legacyManagedConfigTomlFromFile";
      /** The managed config file. */
      file: AbsolutePathBuf;
    }
  | {
      /** The older managed config, delivered through device management. */
      type: "legacyManagedConfigTomlFromMdm";
    };
