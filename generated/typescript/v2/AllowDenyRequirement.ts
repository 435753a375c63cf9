// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A policy decision for one kind of access: `allow` or `deny`. */
export type AllowDenyRequirement = "allow" | "deny";
