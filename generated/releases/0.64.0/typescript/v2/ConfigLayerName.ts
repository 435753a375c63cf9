// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which configuration layer a value comes from: managed device settings (`mdm`), the system-wide file, per-session flags, or the user's own file. */
export type ConfigLayerName = "mdm" | "system" | "sessionFlags" | "user";
