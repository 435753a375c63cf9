/**
 * v2 configuration API: reading the effective configuration with its layers (`config/read`)
 * and editing a config file (`config/value/write`, `config/batchWrite`). The typed
 * configuration `config/read` returns since 0.171.0 is in `config-tools.ts`.
 */
import { array, bool, def, map, maybe, object, optional, ref, since, str, stringEnum, tagged, variant } from '../schema.js';
import { JsonValue } from '../core/common.js';
import { Config } from './config-tools.js';

export const ConfigLayerName = def(
  'v2',
  'ConfigLayerName',
  "Which configuration layer a value comes from: managed device settings (`mdm`), the system-wide file, per-session flags, or the user's own file.",
  stringEnum(['mdm', 'system', 'sessionFlags', 'user']),
  { removed: '0.171.0' },
);

export const ConfigLayerSource = def(
  'v2',
  'ConfigLayerSource',
  'Which configuration layer a value comes from and where that layer was read, tagged on `type`.',
  tagged('type', {
    packagedDefaults: variant(
      { file: ref('v2/AbsolutePathBuf', 'The defaults file of the installed package.') },
      'The defaults that ship with the installed Codex package.',
    ),
    mdm: variant(
      {
        domain: str('Preferences domain the layer is read from.'),
        key: str('Key inside that domain.'),
      },
      'Managed preferences delivered by device management (macOS only).',
    ),
    system: variant(
      { file: ref('v2/AbsolutePathBuf', 'The system config file; it need not exist.') },
      'The system-wide managed config file.',
    ),
    enterpriseManaged: variant(
      {
        id: str('Stable identifier of the layer.'),
        name: str('Name an administrator gave the layer, shown in diagnostics.'),
      },
      "A layer an organisation's administrators deliver through cloud configuration.",
    ),
    user: variant(
      {
        file: ref('v2/AbsolutePathBuf', "The user's config file under the Codex home directory; it need not exist."),
        profile: maybe(str('The profile laid over the base user config, when this layer is one.')),
      },
      "The user's own config file, the one writes go to unless told otherwise.",
    ),
    project: variant(
      { dotCodexFolder: ref('v2/AbsolutePathBuf', 'The `.codex/` folder of the layer.') },
      'A `.codex/` folder of the project; there may be several between the working directory and the repository root.',
    ),
    sessionFlags: variant({}, 'Overrides given on the command line (`-c` / `--config`).'),
    legacyManagedConfigTomlFromFile: variant(
      { file: ref('v2/AbsolutePathBuf', 'The managed config file.') },
      'The older `managed_config.toml` file, still read while it is phased out.',
    ),
    legacyManagedConfigTomlFromMdm: variant({}, 'The older managed config, delivered through device management.'),
  }),
  { since: '0.171.0' },
);

export const ConfigLayerMetadata = def('v2', 'ConfigLayerMetadata', 'Identifies a configuration layer and the version of its content.', {
  '0.64.0': object({
    name: ref(ConfigLayerName),
    source: str('Where the layer was loaded from, such as a file path.'),
    version: str('Opaque version of the layer content; pass it back as `expectedVersion` to guard a write.'),
  }),
  '0.171.0': object({
    name: ref(ConfigLayerSource, 'The layer, with where it was read.'),
    version: str('Opaque version of the layer content; pass it back as `expectedVersion` to guard a write.'),
  }),
});

export const ConfigLayer = def('v2', 'ConfigLayer', 'One configuration layer with its own (unmerged) settings.', {
  '0.64.0': object({
    name: ref(ConfigLayerName),
    source: str('Where the layer was loaded from, such as a file path.'),
    version: str('Opaque version of the layer content.'),
    config: ref(JsonValue, 'The settings this layer defines.'),
  }),
  '0.171.0': object({
    name: ref(ConfigLayerSource, 'The layer, with where it was read.'),
    version: str('Opaque version of the layer content.'),
    config: ref(JsonValue, 'The settings this layer defines.'),
    disabledReason: maybe(str('Why the server ignores this layer, when it does.')),
  }),
});

export const ConfigReadParams = def(
  'v2',
  'ConfigReadParams',
  'Params of `config/read`.',
  object({
    includeLayers: optional(bool('When true, the response also lists every layer separately. Defaults to false.')),
    cwd: since(
      '0.171.0',
      maybe(str('Working directory to read the configuration for: the project layers between it and the repository root are included.')),
    ),
  }),
);

export const ConfigReadResponse = def(
  'v2',
  'ConfigReadResponse',
  'Result of `config/read`: the merged configuration and where each value came from.',
  {
    '0.64.0': object({
      config: ref(JsonValue, 'The effective configuration after merging all layers.'),
      origins: map(
        ref(ConfigLayerMetadata),
        'For each setting, keyed by its dotted key path, the layer that supplied the effective value.',
      ),
      layers: maybe(array(ref(ConfigLayer), 'The individual layers; present only when `includeLayers` was true.')),
    }),
    '0.171.0': object({
      config: ref(Config, 'The effective configuration after merging all layers.'),
      origins: map(
        ref(ConfigLayerMetadata),
        'For each setting, keyed by its dotted key path, the layer that supplied the effective value.',
      ),
      layers: maybe(array(ref(ConfigLayer), 'The individual layers; present only when `includeLayers` was true.')),
    }),
  },
);

export const MergeStrategy = def(
  'v2',
  'MergeStrategy',
  'How a written value combines with what is already at the key path: overwrite it, or merge into an existing table.',
  stringEnum(['replace', 'upsert']),
);

const targetFile = () => maybe(str("Config file to edit; the user's `config.toml` when left out."));

export const ConfigValueWriteParams = def(
  'v2',
  'ConfigValueWriteParams',
  'Params of `config/value/write`: sets one value in a config file.',
  {
    '0.64.0': object({
      filePath: str('Config file to edit.'),
      keyPath: str('Dotted path of the setting to write, e.g. `model` or `profiles.work.model`.'),
      value: ref(JsonValue, 'Value to store at the key path.'),
      mergeStrategy: ref(MergeStrategy),
      expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
    }),
    '0.171.0': object({
      filePath: targetFile(),
      keyPath: str('Dotted path of the setting to write, e.g. `model` or `profiles.work.model`.'),
      value: ref(JsonValue, 'Value to store at the key path.'),
      mergeStrategy: ref(MergeStrategy),
      expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
    }),
  },
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
  {
    '0.64.0': object({
      filePath: str('Config file to edit.'),
      edits: array(ref(ConfigEdit), 'Edits applied in order.'),
      expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
    }),
    '0.171.0': object({
      filePath: targetFile(),
      edits: array(ref(ConfigEdit), 'Edits applied in order.'),
      expectedVersion: maybe(str('When given, the write fails unless the file is still at this version.')),
      reloadUserConfig: optional(
        bool(
          'When true, threads already loaded pick up the changed settings after the write (not the model, reasoning effort or service tier they started with). Defaults to false.',
        ),
      ),
    }),
  },
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
    filePath: since('0.171.0', ref('v2/AbsolutePathBuf', 'The file that was written, as an absolute path.')),
    overriddenMetadata: maybe(ref(OverriddenMetadata, 'Present when `status` is `okOverridden`.')),
  }),
);

// Not a setting: part of how a moderated answer is shown (`v2/AgentMessageDisplay`), drafted here with the 0.171.0 types.
export const TrustedContacts = def(
  'v2',
  'TrustedContacts',
  'Whether the trusted-contacts check applies to an answer that is shown: `check` or `skip`.',
  stringEnum(['check', 'skip']),
  { since: '0.171.0' },
);
