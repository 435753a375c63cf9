/**
 * MCP (Model Context Protocol) types as Codex relays them (catalog-v1 section 2f). Field names are
 * camelCase because they follow the MCP specification. Optional MCP fields are left out when
 * absent. Shared by v1 events and v2 items, so they live once at the root.
 */
import {
  array,
  bool,
  carrying,
  closedObject,
  def,
  type Def,
  double,
  exclusiveKeys,
  externallyTagged,
  int64,
  maybe,
  object,
  optional,
  ref,
  str,
  stringEnum,
  tagged,
  type TSchema,
  variant,
  type Variant,
  variantOf,
} from '../schema.js';
import { JsonValue } from './common.js';

export const Role = def('root', 'Role', 'Who an MCP content item is meant for.', stringEnum(['assistant', 'user']));

export const Annotations = def(
  'root',
  'Annotations',
  'MCP hints about how a piece of content should be used or shown.',
  object({
    audience: maybe(array(ref(Role), 'Intended readers of the content.')),
    lastModified: maybe(str('When the content was last changed (ISO 8601).')),
    priority: maybe(double('Importance from 0 (least) to 1 (most).')),
  }),
);

export const McpInvocation = def(
  'root',
  'McpInvocation',
  'Identifies an MCP tool call: which server, which tool, and with what arguments.',
  object({
    server: str('Name of the MCP server as configured in Codex.'),
    tool: str('Name of the tool on that server.'),
    arguments: maybe(ref(JsonValue, 'Arguments passed to the tool, usually a JSON object.')),
  }),
);

const annotationsField = () => maybe(ref(Annotations));

export const TextContent = def(
  'root',
  'TextContent',
  'MCP text content.',
  object({
    type: str('Content kind; `text` for this type.'),
    text: str(),
    annotations: annotationsField(),
  }),
);

export const ImageContent = def(
  'root',
  'ImageContent',
  'MCP image content, carried inline.',
  object({
    type: str('Content kind; `image` for this type.'),
    data: str('Image bytes, base64-encoded.'),
    mimeType: str('MIME type of the image, e.g. `image/png`.'),
    annotations: annotationsField(),
  }),
);

export const AudioContent = def(
  'root',
  'AudioContent',
  'MCP audio content, carried inline. Same fields as ImageContent; only `type` tells them apart.',
  object({
    type: str('Content kind; `audio` for this type.'),
    data: str('Audio bytes, base64-encoded.'),
    mimeType: str('MIME type of the audio, e.g. `audio/wav`.'),
    annotations: annotationsField(),
  }),
);

export const ResourceLink = def(
  'root',
  'ResourceLink',
  'A reference to an MCP resource that the client may fetch, without its contents.',
  object({
    type: str('Content kind; `resource_link` for this type.'),
    uri: str('URI of the resource.'),
    name: str('Programmatic name of the resource.'),
    title: maybe(str('Human-readable name.')),
    description: maybe(str()),
    mimeType: maybe(str()),
    size: maybe(int64('Size in bytes. A 64-bit integer on the server, sent as a plain JSON number.')),
    annotations: annotationsField(),
  }),
);

export const TextResourceContents = def(
  'root',
  'TextResourceContents',
  'Contents of an MCP resource as text.',
  object({
    uri: str('URI of the resource.'),
    text: str('The resource as text.'),
    mimeType: maybe(str()),
  }),
);

export const BlobResourceContents = def(
  'root',
  'BlobResourceContents',
  'Contents of an MCP resource as binary data.',
  object({
    uri: str('URI of the resource.'),
    blob: str('The resource bytes, base64-encoded.'),
    mimeType: maybe(str()),
  }),
);

export const EmbeddedResourceResource = def(
  'root',
  'EmbeddedResourceResource',
  'Contents of an embedded MCP resource: text (`TextResourceContents`) or binary (`BlobResourceContents`). Untagged: the `text` or `blob` key tells which.',
  exclusiveKeys([
    carrying(
      TextResourceContents,
      closedObject(
        {
          uri: str('URI of the resource.'),
          text: str('The resource as text.'),
          mimeType: maybe(str()),
        },
        'Text contents (same shape as TextResourceContents).',
      ),
    ),
    carrying(
      BlobResourceContents,
      closedObject(
        {
          uri: str('URI of the resource.'),
          blob: str('The resource bytes, base64-encoded.'),
          mimeType: maybe(str()),
        },
        'Binary contents (same shape as BlobResourceContents).',
      ),
    ),
  ]),
);

export const EmbeddedResource = def(
  'root',
  'EmbeddedResource',
  'An MCP resource whose contents are included inline.',
  object({
    type: str('Content kind; `resource` for this type.'),
    resource: ref(EmbeddedResourceResource),
    annotations: annotationsField(),
  }),
);

/** A ContentBlock branch from a content type's fields, minus its `type` field (the tag is injected). */
function contentVariant(payload: Def): Variant {
  const { properties, description } = variantOf(payload);
  const { type: _tag, ...rest } = properties;
  return { ...variant(rest as Record<string, TSchema>, description), payload };
}

export const ContentBlock = def(
  'root',
  'ContentBlock',
  'One item of MCP tool output or resource content, told apart by its `type` string: `text`, `image`, `audio`, `resource_link` or `resource`. Upstream leaves `type` as an unconstrained string; these are the values the MCP specification defines.',
  tagged('type', {
    text: contentVariant(TextContent),
    image: contentVariant(ImageContent),
    audio: contentVariant(AudioContent),
    resource_link: contentVariant(ResourceLink),
    resource: contentVariant(EmbeddedResource),
  }),
);

export const CallToolResult = def(
  'root',
  'CallToolResult',
  'What an MCP server returned for a tool call.',
  object({
    content: array(ref(ContentBlock), 'Unstructured result content.'),
    isError: maybe(bool('True when the tool reported a failure.')),
    structuredContent: optional(ref(JsonValue, 'Structured result, when the tool declares an output schema.')),
  }),
);

export const ResultOfCallToolResultOrString = def(
  'root',
  'ResultOfCallToolResultOrString',
  'Outcome of an MCP tool call (a Rust `Result`, externally tagged): `{"Ok": CallToolResult}` when the server answered, `{"Err": "message"}` when the call could not be made. Upstream JSON names it `Result_of_CallToolResult_or_String`.',
  externallyTagged([], {
    Ok: ref(CallToolResult),
    Err: str('Why the call failed.'),
  }),
);

/** Object-schema fields shared by a tool's input and output schema; built fresh for each use. */
function toolSchemaFields(): Record<string, TSchema> {
  return {
    type: optional(str('JSON Schema type; defaults to `object`.')),
    properties: optional(ref(JsonValue, 'JSON Schema `properties` map.')),
    required: maybe(array(str(), 'Names of required properties.')),
  };
}

export const ToolInputSchema = def(
  'root',
  'ToolInputSchema',
  'JSON Schema (an object schema) for the arguments an MCP tool accepts.',
  object(toolSchemaFields()),
);

export const ToolOutputSchema = def(
  'root',
  'ToolOutputSchema',
  'JSON Schema (an object schema) for the structured result an MCP tool returns.',
  object(toolSchemaFields()),
);

export const ToolAnnotations = def(
  'root',
  'ToolAnnotations',
  "Hints an MCP server gives about a tool's behaviour. They are advisory and not guaranteed.",
  object({
    title: maybe(str('Human-readable tool name.')),
    destructiveHint: maybe(bool('The tool may make destructive changes.')),
    idempotentHint: maybe(bool('Calling the tool again with the same arguments has no further effect.')),
    openWorldHint: maybe(bool('The tool interacts with external entities (e.g. the web).')),
    readOnlyHint: maybe(bool('The tool does not modify its environment.')),
  }),
);

export const Tool = def(
  'root',
  'Tool',
  'A tool offered by an MCP server.',
  object({
    name: str('Name used to call the tool.'),
    title: maybe(str('Human-readable name.')),
    description: maybe(str()),
    inputSchema: ref(ToolInputSchema),
    outputSchema: maybe(ref(ToolOutputSchema)),
    annotations: maybe(ref(ToolAnnotations)),
  }),
);

export const Resource = def(
  'root',
  'Resource',
  'A resource an MCP server exposes.',
  object({
    uri: str('URI of the resource.'),
    name: str('Programmatic name of the resource.'),
    title: maybe(str('Human-readable name.')),
    description: maybe(str()),
    mimeType: maybe(str()),
    size: maybe(int64('Size in bytes. A 64-bit integer on the server, sent as a plain JSON number.')),
    annotations: maybe(ref(Annotations)),
  }),
);

export const ResourceTemplate = def(
  'root',
  'ResourceTemplate',
  'A parameterised family of resources an MCP server exposes, described by a URI template.',
  object({
    uriTemplate: str('RFC 6570 URI template for the resources.'),
    name: str('Programmatic name of the template.'),
    title: maybe(str('Human-readable name.')),
    description: maybe(str()),
    mimeType: maybe(str('MIME type shared by all matching resources.')),
    annotations: maybe(ref(Annotations)),
  }),
);

export const McpStartupStatus = def(
  'root',
  'McpStartupStatus',
  'Startup state of one MCP server, tagged on `state` (not `type`).',
  tagged('state', {
    starting: variant({}, 'The server is being launched.'),
    ready: variant({}, 'The server started and its tools are available.'),
    failed: variant({ error: str('Why startup failed.') }, 'The server could not be started.'),
    cancelled: variant({}, 'Startup was cancelled.'),
  }),
);

export const McpStartupFailure = def(
  'root',
  'McpStartupFailure',
  'An MCP server that failed to start, with the reason.',
  object({
    server: str('Name of the MCP server as configured in Codex.'),
    error: str('Why startup failed.'),
  }),
);

export const McpAuthStatus = def(
  'root',
  'McpAuthStatus',
  'How Codex is authenticated with an MCP server. Note `o_auth`, not `oauth`.',
  stringEnum(['unsupported', 'not_logged_in', 'bearer_token', 'o_auth']),
);
