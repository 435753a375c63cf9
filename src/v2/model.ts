/** v2 `model/list`: the models the server can run, paginated. */
import { array, bool, def, int64, maybe, object, optional, ref, since, str, stringEnum, uint32 } from '../schema.js';
import { ReasoningEffort } from '../core/common.js';

export const ReasoningEffortOption = def(
  'v2',
  'ReasoningEffortOption',
  'A reasoning effort a model supports, with a short explanation for display.',
  object({
    reasoningEffort: ref(ReasoningEffort),
    description: str(),
  }),
);

export const InputModality = def(
  'v2',
  'InputModality',
  'A kind of user input a model accepts: text, images or audio.',
  stringEnum(['text', 'image', 'audio']),
  { since: '0.171.0' },
);

export const ModelUpgradeInfo = def(
  'v2',
  'ModelUpgradeInfo',
  'The model that replaces this one, and what to tell the user about the change.',
  object({
    model: str('Id of the newer model.'),
    upgradeCopy: maybe(str('Short text suggesting the upgrade.')),
    modelLink: maybe(str('Link to more about the newer model.')),
    migrationMarkdown: maybe(str('Longer migration notes, as Markdown.')),
    retirementAt: maybe(int64('When this model is planned to be retired, as Unix time in seconds; for display only.')),
  }),
  { since: '0.171.0' },
);

export const ModelAvailabilityNux = def(
  'v2',
  'ModelAvailabilityNux',
  'A one-time notice to show the user about a model becoming available.',
  object({
    message: str(),
  }),
  { since: '0.171.0' },
);

export const ModelServiceTier = def(
  'v2',
  'ModelServiceTier',
  'A service tier a model can run in (such as a faster, costlier one), for display and to pass back as `serviceTier`.',
  object({
    id: str('Id of the tier, such as `priority`.'),
    name: str('Display name.'),
    description: str(),
  }),
  { since: '0.171.0' },
);

export const CyberAccessProgram = def(
  'v2',
  'CyberAccessProgram',
  "A cybersecurity access program a turn can ask for; whether it is granted stays the server's decision.",
  stringEnum(['standard', 'daybreakBlue', 'daybreakRed']),
  { since: '0.171.0' },
);

export const ModelAccessPrograms = def(
  'v2',
  'ModelAccessPrograms',
  'The access programs this caller may select for a model.',
  object({
    cyber: array(ref(CyberAccessProgram), 'Cybersecurity programs that may be selected.'),
  }),
  { since: '0.171.0' },
);

export const Model = def(
  'v2',
  'Model',
  'A model offered by the server.',
  object({
    id: str('Stable identifier to pass back as `model` in thread/turn overrides.'),
    model: str('Model slug sent to the provider.'),
    upgrade: since('0.171.0', maybe(str('Id of the model that replaces this one, when there is one.'))),
    upgradeInfo: since('0.171.0', maybe(ref(ModelUpgradeInfo))),
    availabilityNux: since('0.171.0', maybe(ref(ModelAvailabilityNux))),
    displayName: str(),
    description: str(),
    modelSpecialty: since('0.171.0', maybe(str('What the model is specialised for, when it is.'))),
    hidden: since('0.171.0', bool('Whether the model is left out of the default picker (listed only with `includeHidden`).')),
    supportedReasoningEfforts: array(ref(ReasoningEffortOption)),
    defaultReasoningEffort: ref(ReasoningEffort),
    inputModalities: since(
      '0.171.0',
      optional(array(ref(InputModality), 'Kinds of input the model accepts; text and images when left out.')),
    ),
    supportsPersonality: since('0.171.0', optional(bool('Deprecated: always false.'))),
    multiAgentVersion: since('0.171.0', maybe(ref('v2/MultiAgentVersion', 'Which multi-agent runtime the model uses, when known.'))),
    additionalSpeedTiers: since('0.171.0', optional(array(str(), 'Deprecated: use `serviceTiers`.'))),
    serviceTiers: since('0.171.0', optional(array(ref(ModelServiceTier), 'Service tiers the model can run in.'))),
    defaultServiceTier: since('0.171.0', maybe(str('Id of the tier used when none is chosen, when the catalog sets one.'))),
    availableAccessPrograms: since('0.171.0', maybe(ref(ModelAccessPrograms, 'Null when the catalog says nothing about access programs.'))),
    isDefault: bool('Whether new threads use this model when none is given.'),
  }),
);

export const ModelListParams = def(
  'v2',
  'ModelListParams',
  'Params of `model/list`.',
  object({
    cursor: maybe(str("Opaque cursor from a previous response's `nextCursor`; omit for the first page.")),
    limit: maybe(uint32('Page size; the server picks a default when omitted.')),
    includeHidden: since('0.171.0', maybe(bool('When true, hidden models are listed too.'))),
    modelProvider: since('0.171.0', maybe(str('List the models of this configured provider instead of the default one.'))),
  }),
);

export const ModelListResponse = def(
  'v2',
  'ModelListResponse',
  'Result of `model/list`.',
  object({
    data: array(ref(Model)),
    nextCursor: maybe(str('Cursor for the next page; null or absent when this is the last page.')),
  }),
);
