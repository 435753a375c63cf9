// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ReasoningEffort } from "../ReasoningEffort.js";
import type { InputModality } from "./InputModality.js";
import type { ModelAccessPrograms } from "./ModelAccessPrograms.js";
import type { ModelAvailabilityNux } from "./ModelAvailabilityNux.js";
import type { ModelServiceTier } from "./ModelServiceTier.js";
import type { ModelUpgradeInfo } from "./ModelUpgradeInfo.js";
import type { MultiAgentVersion } from "./MultiAgentVersion.js";
import type { ReasoningEffortOption } from "./ReasoningEffortOption.js";

/** A model offered by the server. */
export type Model = {
  /** Stable identifier to pass back as `model` in thread/turn overrides. */
  id: string;
  /** Model slug sent to the provider. */
  model: string;
  /** Id of the model that replaces this one, when there is one. */
  upgrade?: string | null;
  upgradeInfo?: ModelUpgradeInfo | null;
  availabilityNux?: ModelAvailabilityNux | null;
  displayName: string;
  description: string;
  /** What the model is specialised for, when it is. */
  modelSpecialty?: string | null;
  /** Whether the model is left out of the default picker (listed only with `includeHidden`). */
  hidden: boolean;
  supportedReasoningEfforts: Array<ReasoningEffortOption>;
  defaultReasoningEffort: ReasoningEffort;
  /** Kinds of input the model accepts; text and images when left out. */
  inputModalities?: Array<InputModality>;
  /** Deprecated: always false. */
  supportsPersonality?: boolean;
  /** Which multi-agent runtime the model uses, when known. */
  multiAgentVersion?: MultiAgentVersion | null;
  /** Deprecated: use `serviceTiers`. */
  additionalSpeedTiers?: Array<string>;
  /** Service tiers the model can run in. */
  serviceTiers?: Array<ModelServiceTier>;
  /** Id of the tier used when none is chosen, when the catalog sets one. */
  defaultServiceTier?: string | null;
  /** Null when the catalog says nothing about access programs. */
  availableAccessPrograms?: ModelAccessPrograms | null;
  /** Whether new threads use this model when none is given. */
  isDefault: boolean;
};
