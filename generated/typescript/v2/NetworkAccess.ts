// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Whether commands under an external sandbox may use the network. */
export type NetworkAccess = "restricted" | "enabled";
