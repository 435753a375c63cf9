/**
 * v2 configuration API: reading the effective configuration with its layers (`config/read`)
 * and editing the user's config file (`config/value/write`, `config/batchWrite`).
 */
import { array, bool, def, map, maybe, object, optional, ref, str, stringEnum } from '../schema.js';
import { JsonValue } from '../v1/common.js';

export const ConfigLayerName = def(
  'v2',
  'ConfigLayerName',
  'Which configuration layer a value comes from: managed device settings (`mdm`), the system-wide file, per-session flags, or the user\'s own file.',
  stringEnum(['mdm', 'system', 'sessionFlags', 'user']),
);

export const ConfigLayerMetadata = def(
  'v2',
  'ConfigLayerMetadata',
  'Identifies a configuration layer and the version of its content.',
  object({
    name: ref(ConfigLayerName),
    source: str('Where the layer was loaded from, such as a file path.'),
    version: str('Opaque version of the layer content; pass it back as `expectedVersion` to guard a write.'),
  }),
);

export const ConfigLayer = def(
  'v2',
  'ConfigLayer',
  'One configuration layer with its own (unmerged) settings.',
  object({
    name: ref(ConfigLayerName),
    source: str('Where the layer was loaded from, such as a file path.'),
    version: str('Opaque version of the layer content.'),
    config: ref(JsonValue, 'The settings this layer defines.'),
  }),
);

export const ConfigReadParams = def(
  'v2',
  'ConfigReadParams',
  'Params of `config/read`.',
  object({
    includeLayers: optional(bool('When true, the response also lists every layer separately. Defaults to false.')),
  }),
);

export const ConfigReadResponse = def(
  'v2',
  'ConfigReadResponse',
  'Result of `config/read`: the merged configuration and where each value came from.',
  object({
    config: ref(JsonValue, 'The effective configuration after merging all layers.'),
    origins: map(ref(ConfigLayerMetadata), 'For each setting, keyed by its dotted key path, the layer that supplied the effective value.'),
    layers: maybe(array(ref(ConfigLayer), 'The individual layers; present only when `includeLayers` was true.')),
  }),
);

export const MergeStrategy = def(
  'v2',
  'MergeStrategy',
  'How a written value combines with what is already at the key path: overwrite it, or merge into an existing table.',
  stringEnum(['replace', 'upsert']),
);

export const ConfigValueWriteParams = def(
  'v2',
  'ConfigValueWriteParams',
  'Params of `config/value/write`: sets one value in a config file.',
  object({
    filePath: str('Config file to edit.'),
    keyPath: str('Dotted path of the setting to write, e.g. `model` or `profiles.work.model`.'),
    value: ref(JsonValue, 'Value to store at the key path.'),
    mergeStrategy: ref(MergeStrategy),
    expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
  }),
);

export const ConfigEdit = def(
  'v2',
  'ConfigEdit',
  'One edit inside a `config/batchWrite` request.',
  object({
    keyPath: str('Dotted path of the setting to write.'),
    value: ref(JsonValue, 'Value to store at the key path.'),
    mergeStrategy: ref(MergeStrategy),
  }),
);

export const ConfigBatchWriteParams = def(
  'v2',
  'ConfigBatchWriteParams',
  'Params of `config/batchWrite`: applies several edits to one config file together.',
  object({
    filePath: str('Config file to edit.'),
    edits: array(ref(ConfigEdit), 'Edits applied in order.'),
    expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
  }),
);

export const WriteStatus = def(
  'v2',
  'WriteStatus',
  'Outcome of a config write: `okOverridden` means the value was saved but a higher-precedence layer still decides the effective value.',
  stringEnum(['ok', 'okOverridden']),
);

export const OverriddenMetadata = def(
  'v2',
  'OverriddenMetadata',
  'Explains why a freshly written value is not the effective one.',
  object({
    message: str('Human-readable explanation.'),
    overridingLayer: ref(ConfigLayerMetadata, 'The layer whose value wins.'),
    effectiveValue: ref(JsonValue, 'The value actually in effect.'),
  }),
);

export const ConfigWriteResponse = def(
  'v2',
  'ConfigWriteResponse',
  'Result of `config/value/write` and `config/batchWrite`.',
  object({
    status: ref(WriteStatus),
    version: str('New version of the edited file.'),
    overriddenMetadata: maybe(ref(OverriddenMetadata, 'Present when `status` is `okOverridden`.')),
  }),
);
