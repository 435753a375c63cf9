/**
 * Tool calls other than shell commands and patches, as v2 thread items carry them: client-side
 * (dynamic) tools, function call outputs, the app context of MCP tools, and image generation.
 */
import { array, bool, def, int64, literal, maybe, object, optional, ref, str, stringEnum, tagged, Type, variant } from '../schema.js';
import { AbsolutePathBuf, ImageDetail } from './common.js';

export const DynamicToolCallStatus = def(
  'v2',
  'DynamicToolCallStatus',
  'Lifecycle state of a dynamic tool call item.',
  stringEnum(['inProgress', 'completed', 'failed']),
  { since: '0.171.0' },
);

export const DynamicToolCallOutputContentItem = def(
  'v2',
  'DynamicToolCallOutputContentItem',
  'One part of what a dynamic (client-implemented) tool returned, tagged on `type` with camelCase values.',
  tagged('type', {
    inputText: variant({ text: str() }, 'Text returned by the tool.'),
    inputImage: variant({ imageUrl: str('Image URL, which may be a `data:` URL.') }, 'An image returned by the tool.'),
    inputAudio: variant({ audioUrl: str('Audio URL, which may be a `data:` URL.') }, 'Audio returned by the tool.'),
  }),
  { since: '0.171.0' },
);

const fileId = () => optional(str('Identifier of a file uploaded to the model provider, when the content is given that way.'));

export const FunctionCallOutputContentItem = def(
  'v2',
  'FunctionCallOutputContentItem',
  "One part of a structured function call output, tagged on `type` with the model API's snake_case values. Image and audio parts carry their data by URL or by uploaded file id: one of the two keys is present.",
  tagged('type', {
    input_text: variant({ text: str() }, 'Text returned by the tool.'),
    input_image: variant(
      {
        image_url: optional(str('Image URL, often a `data:` URL.')),
        file_id: fileId(),
        detail: maybe(ref(ImageDetail, 'Resolution the model should look at the image in.')),
      },
      'An image returned by the tool.',
    ),
    input_audio: variant(
      {
        audio_url: optional(str('Audio URL, often a `data:` URL.')),
        file_id: fileId(),
      },
      'Audio returned by the tool.',
    ),
    encrypted_content: variant(
      { encrypted_content: str('Opaque content only the model provider can read.') },
      'Encrypted content returned by the tool.',
    ),
  }),
  { since: '0.171.0' },
);

export const FunctionCallOutputBody = def(
  'v2',
  'FunctionCallOutputBody',
  'What a function call returned: a bare string (its text output) or a bare array of content items (structured output).',
  Type.Union([str('Text output of the call.'), array(ref(FunctionCallOutputContentItem), 'Structured output of the call.')]),
  { since: '0.171.0' },
);

export const TurnToolOutput = def(
  'v2',
  'TurnToolOutput',
  'The output of a tool call that a client hands to a turn.',
  object({
    name: str('Name of the tool the output belongs to.'),
    namespace: maybe(str('Namespace of the tool, when it has one.')),
    output: ref(FunctionCallOutputBody),
    retain: optional(bool("Whether the output is kept in the thread's model history. Defaults to false.")),
  }),
  { since: '0.171.0' },
);

export const McpAppDisplayMode = def(
  'v2',
  'McpAppDisplayMode',
  'How an MCP app prefers its user interface to be shown: within the conversation, or over the whole window.',
  stringEnum(['inline', 'fullscreen']),
  { since: '0.171.0' },
);

export const McpAppUi = def(
  'v2',
  'McpAppUi',
  "The user interface an MCP tool declares for its results, as read from the tool's descriptor when it was called.",
  object({
    resourceUri: str('URI of the MCP resource that holds the interface.'),
    preferredModelDisplayMode: ref(McpAppDisplayMode),
  }),
  { since: '0.171.0' },
);

export const McpToolCallAppContext = def(
  'v2',
  'McpToolCallAppContext',
  'The connected app (connector) an MCP tool call went through, for clients that show it.',
  object({
    connectorId: str('Identifier of the connector.'),
    linkId: maybe(str('Link identifier of the connector, when known.')),
    resourceUri: maybe(str("URI of the MCP resource that holds the app's interface, when it has one.")),
    appName: maybe(str('Display name of the app, when known.')),
    actionName: maybe(str('Display name of the action the tool performs, when known.')),
  }),
  { since: '0.171.0' },
);

export const ImageGenerationFailure = def(
  'v2',
  'ImageGenerationFailure',
  'Why the image generation backend produced no image. `type` names the kind; the one kind so far is a reached usage limit.',
  object({
    type: literal('usageLimitExceeded'),
    limitId: str('Identifier of the usage limit that was reached.'),
    resetsAt: maybe(int64('When the limit resets (a Unix timestamp), when reported.')),
  }),
  { since: '0.171.0' },
);

export const ImageGenerationInputImage = def(
  'v2',
  'ImageGenerationInputImage',
  'A local image file that was read as input to an image generation.',
  object({
    path: ref(AbsolutePathBuf, 'Path of the file.'),
    sha256: str('SHA-256 of the bytes read, in lowercase hex.'),
  }),
  { since: '0.171.0' },
);
