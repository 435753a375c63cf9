// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A service tier a model can run in (such as a faster, costlier one), for display and to pass back as `serviceTier`. */
export type ModelServiceTier = {
  /** Id of the tier, such as `priority`. */
  id: string;
  /** Display name. */
  name: string;
  description: string;
};
