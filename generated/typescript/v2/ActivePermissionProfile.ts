// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The permission profile a thread runs under: a built-in one (`:read-only`, `:workspace`, ...) or one defined in the config file. */
export type ActivePermissionProfile = {
  /** Identifier of the profile. */
  id: string;
  /** The profile this one builds on, when it names one. */
  extends?: string | null;
};
