/** v2 `model/list`: the models the server can run, paginated. */
import { array, bool, def, maybe, object, ref, str, uint32 } from '../schema.js';
import { ReasoningEffort } from '../v1/common.js';

export const ReasoningEffortOption = def(
  'v2',
  'ReasoningEffortOption',
  'A reasoning effort a model supports, with a short explanation for display.',
  object({
    reasoningEffort: ref(ReasoningEffort),
    description: str(),
  }),
);

export const Model = def(
  'v2',
  'Model',
  'A model offered by the server.',
  object({
    id: str('Stable identifier to pass back as `model` in thread/turn overrides.'),
    model: str('Model slug sent to the provider.'),
    displayName: str(),
    description: str(),
    supportedReasoningEfforts: array(ref(ReasoningEffortOption)),
    defaultReasoningEffort: ref(ReasoningEffort),
    isDefault: bool('Whether new threads use this model when none is given.'),
  }),
);

export const ModelListParams = def(
  'v2',
  'ModelListParams',
  'Params of `model/list`.',
  object({
    cursor: maybe(str('Opaque cursor from a previous response\'s `nextCursor`; omit for the first page.')),
    limit: maybe(uint32('Page size; the server picks a default when omitted.')),
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
