/**
 * The model transcript: `ResponseItem` and the types it is built from (catalog-v1 section 2a).
 * These are Responses-API shaped items with snake_case fields. The same wire shape is used by
 * v1 (`raw_response_item` events) and v2 (`rawResponseItem/completed`), so they live once here.
 */
import {
  array,
  carrying,
  def,
  literal,
  map,
  maybe,
  object,
  ref,
  str,
  stringEnum,
  tagged,
  Type,
  uint64,
  variant,
  type TSchema,
} from '../schema.js';

/** Upstream id fields: declared write-only in the JSON schema and never put on the wire by the server. */
const neverSentId = () => maybe(str('Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound.'));

export const ContentItem = def(
  'root',
  'ContentItem',
  'One part of a `message` response item, tagged on `type`: input text, an input image, or text produced by the model.',
  tagged('type', {
    input_text: variant({ text: str() }, 'Text sent to the model (user, developer or system content).'),
    input_image: variant({ image_url: str('Image URL; often a `data:` URL carrying the encoded image.') }, 'An image sent to the model.'),
    output_text: variant({ text: str() }, 'Text the model produced.'),
  }),
);

export const ReasoningItemReasoningSummary = def(
  'root',
  'ReasoningItemReasoningSummary',
  'One summary entry of a `reasoning` response item. There is a single kind, `summary_text`.',
  object({
    type: literal('summary_text'),
    text: str('Summary text shown to the user.'),
  }),
);

export const ReasoningItemContent = def(
  'root',
  'ReasoningItemContent',
  'One entry of the raw reasoning content of a `reasoning` response item, tagged on `type`.',
  tagged('type', {
    reasoning_text: variant({ text: str() }, 'Raw reasoning text from the model.'),
    text: variant({ text: str() }, 'Plain text content.'),
  }),
);

export const LocalShellStatus = def(
  'root',
  'LocalShellStatus',
  'Progress of a `local_shell_call` response item.',
  stringEnum(['completed', 'in_progress', 'incomplete']),
);

/** Fields of the `exec` local shell action; built fresh for each use. */
function localShellExecFields(): Record<string, TSchema> {
  return {
    command: array(str(), 'Program and arguments (argv).'),
    timeout_ms: maybe(uint64('Time limit in milliseconds. A 64-bit integer on the server, sent as a plain JSON number.')),
    working_directory: maybe(str('Directory to run the command in.')),
    env: maybe(map(str(), 'Extra environment variables for the command.')),
    user: maybe(str('User to run the command as.')),
  };
}

export const LocalShellExecAction = def(
  'root',
  'LocalShellExecAction',
  'A command the model asked to run through the built-in local shell tool. On the wire its fields appear flattened inside `LocalShellAction`; unset optional fields are sent as null.',
  object(localShellExecFields()),
);

export const LocalShellAction = def(
  'root',
  'LocalShellAction',
  'What a `local_shell_call` asks for. Tagged on `type` with a single kind, `exec`, whose `LocalShellExecAction` fields sit beside the tag.',
  carrying(
    LocalShellExecAction,
    object({
      type: literal('exec'),
      ...localShellExecFields(),
    }),
  ),
);

export const WebSearchAction = def(
  'root',
  'WebSearchAction',
  'What a `web_search_call` response item did, tagged on `type`. Absent fields are left out rather than sent as null.',
  tagged('type', {
    search: variant({ query: maybe(str('Search query.')) }, 'Ran a web search.'),
    open_page: variant({ url: maybe(str('Address of the page opened.')) }, 'Opened a web page.'),
    find_in_page: variant(
      {
        url: maybe(str('Address of the page searched.')),
        pattern: maybe(str('Text looked for in the page.')),
      },
      'Searched for text within a page.',
    ),
    other: variant({}, 'Any other web search action.'),
  }),
);

export const FunctionCallOutputContentItem = def(
  'root',
  'FunctionCallOutputContentItem',
  'One part of a structured function call output, tagged on `type`: text or an image.',
  tagged('type', {
    input_text: variant({ text: str() }, 'Text returned by the tool.'),
    input_image: variant({ image_url: str('Image URL, often a `data:` URL.') }, 'An image returned by the tool.'),
  }),
);

export const FunctionCallOutputPayload = def(
  'root',
  'FunctionCallOutputPayload',
  'Output of a function call as it travels on the wire: either a bare string (the text output) or a bare array of content items (structured output). Upstream schemas describe an object `{content, content_items, success}`, but the server never sends that object and rejects it inbound; `success` is never sent.',
  Type.Union([str('Text output of the call.'), array(ref(FunctionCallOutputContentItem), 'Structured output of the call.')]),
);

export const GhostCommit = def(
  'root',
  'GhostCommit',
  'A snapshot commit of the working tree that Codex records (without moving any branch) so a turn can be undone.',
  object({
    id: str('Commit hash of the snapshot.'),
    parent: maybe(str('Commit the snapshot was taken on top of.')),
    preexisting_untracked_files: array(
      str(),
      'Untracked files that already existed when the snapshot was taken, so an undo leaves them alone.',
    ),
    preexisting_untracked_dirs: array(str(), 'Untracked directories that already existed when the snapshot was taken.'),
  }),
);

export const ResponseItem = def(
  'root',
  'ResponseItem',
  'One item of the model transcript (Responses-API style), tagged on `type`. The server accepts unknown `type` values inbound and maps them to `other`. The `id` fields exist for inbound use only and are never sent.',
  tagged('type', {
    message: variant(
      {
        role: str('Author role as a free string, e.g. `user`, `assistant`, `developer`.'),
        content: array(ref(ContentItem)),
        id: neverSentId(),
      },
      'A message in the conversation.',
    ),
    reasoning: variant(
      {
        summary: array(ref(ReasoningItemReasoningSummary), 'Reasoning summaries shown to the user.'),
        content: maybe(array(ref(ReasoningItemContent), 'Raw reasoning content. Sent as null (not left out) when there is none.')),
        encrypted_content: maybe(str('Opaque encrypted reasoning that can be sent back to the provider.')),
        id: maybe(str('Provider item id. Marked required upstream but write-only: the server never sends it and accepts it absent.')),
      },
      'Model reasoning. `content` (raw reasoning) is sent as null when there is none, and left out when it holds no `reasoning_text` entry.',
    ),
    local_shell_call: variant(
      {
        call_id: maybe(str('Identifier that pairs the call with its output.')),
        status: ref(LocalShellStatus),
        action: ref(LocalShellAction),
        id: neverSentId(),
      },
      'A call to the built-in local shell tool.',
    ),
    function_call: variant(
      {
        name: str('Name of the function to call.'),
        arguments: str('Arguments as a JSON-encoded string.'),
        call_id: str('Identifier that pairs the call with its output.'),
        id: neverSentId(),
      },
      'The model called a function tool.',
    ),
    function_call_output: variant(
      {
        call_id: str('Identifier of the call this output answers.'),
        output: ref(FunctionCallOutputPayload),
      },
      'Result of a function call, sent back to the model.',
    ),
    custom_tool_call: variant(
      {
        status: maybe(str('Provider status string; left out when absent.')),
        call_id: str('Identifier that pairs the call with its output.'),
        name: str('Name of the custom tool.'),
        input: str('Free-form input for the tool.'),
        id: neverSentId(),
      },
      'The model called a custom (free-form input) tool.',
    ),
    custom_tool_call_output: variant(
      {
        call_id: str('Identifier of the call this output answers.'),
        output: str('Text output of the custom tool.'),
      },
      'Result of a custom tool call.',
    ),
    web_search_call: variant(
      {
        status: maybe(str('Provider status string; left out when absent.')),
        action: ref(WebSearchAction),
        id: neverSentId(),
      },
      'A web search the model performed. `action` is required inbound.',
    ),
    ghost_snapshot: variant({ ghost_commit: ref(GhostCommit) }, 'A working tree snapshot recorded for undo.'),
    compaction_summary: variant(
      { encrypted_content: str('Opaque encrypted summary of the compacted history.') },
      'Summary that replaces earlier history after compaction.',
    ),
    other: variant({}, 'Any item kind the server does not recognise; unknown `type` values are mapped here.'),
  }),
);
