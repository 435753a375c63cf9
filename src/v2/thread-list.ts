/** The `thread/*` requests that page through, archive and compact stored threads. */
import {
  array,
  bool,
  def,
  empty,
  map,
  maybe,
  object,
  optional,
  ref,
  since,
  str,
  stringEnum,
  tagged,
  Type,
  type TSchema,
  uint32,
  variant,
} from '../schema.js';
import { Thread } from './thread.js';

export const ThreadListCwdFilter = def(
  'v2',
  'ThreadListCwdFilter',
  'The working directories a thread listing keeps: one path, or a list of paths (a thread matches when its working directory equals one of them exactly).',
  Type.Union([str(), array(str())]) as TSchema,
  { since: '0.171.0' },
);

export const ThreadSortKey = def(
  'v2',
  'ThreadSortKey',
  "What a thread listing is ordered by: creation time, last update, recency, or the position within the thread's section.",
  stringEnum(['created_at', 'updated_at', 'recency_at', 'section_position']),
  { since: '0.171.0' },
);

export const SortDirection = def(
  'v2',
  'SortDirection',
  'Order of a listing: ascending (oldest first) or descending (newest first).',
  stringEnum(['asc', 'desc']),
  { since: '0.171.0' },
);

export const ThreadSourceKind = def(
  'v2',
  'ThreadSourceKind',
  'Kind of client or sub-agent a thread came from, as thread listings filter on it (the sub-agent kinds are the `SessionSource.subAgent` cases, flattened).',
  stringEnum([
    'cli',
    'vscode',
    'exec',
    'appServer',
    'subAgent',
    'subAgentReview',
    'subAgentCompact',
    'subAgentThreadSpawn',
    'subAgentOther',
    'unknown',
  ]),
  { since: '0.171.0' },
);

export const ThreadListParams = def(
  'v2',
  'ThreadListParams',
  'Params of `thread/list`: pages through stored threads.',
  object({
    cursor: maybe(str("Opaque cursor from a previous response's `nextCursor`; omit for the first page.")),
    limit: maybe(uint32('Page size; the server picks a default when omitted.')),
    sortKey: since('0.171.0', maybe(ref(ThreadSortKey, 'What to order by; creation time when omitted.'))),
    sortDirection: since('0.171.0', maybe(ref(SortDirection, 'Order; newest first when omitted.'))),
    modelProviders: maybe(array(str(), 'Only list threads of these model providers; omitted, null or an empty list means all providers.')),
    sourceKinds: since(
      '0.171.0',
      maybe(
        array(ref(ThreadSourceKind), 'Only list threads from these sources; omitted, null or an empty list means the interactive ones.'),
      ),
    ),
    archived: since('0.171.0', maybe(bool('When true, list archived threads only; otherwise only threads that are not archived.'))),
    cwd: since('0.171.0', maybe(ref(ThreadListCwdFilter, 'Only list threads whose working directory is one of these.'))),
    searchTerm: since('0.171.0', maybe(str('Only list threads whose title contains this text.'))),
    sectionId: since(
      '0.171.0',
      maybe(str('Only list threads of this section; null lists the threads filed under no section, and leaving it out lists all.')),
    ),
    includedThreadIds: since(
      '0.171.0',
      maybe(array(str(), 'Only consider these threads (at most 100); an empty list matches none. Send the same list with every page.')),
    ),
    excludedThreadIds: since(
      '0.171.0',
      maybe(array(str(), 'Leave these threads out (at most 100; a longer list is refused). Send the same list with every page.')),
    ),
    originators: since(
      '0.171.0',
      maybe(
        array(str(), 'Only list threads created by one of these clients. Hosted backends only: a local server refuses a non-empty list.'),
      ),
    ),
    currentAccountOnly: since(
      '0.171.0',
      optional(bool('Only list the local threads the signed-in ChatGPT account may see. Defaults to false.')),
    ),
    useStateDbOnly: since(
      '0.171.0',
      optional(bool('When true, the server answers from its index alone, without reading rollout files to repair it. Defaults to false.')),
    ),
  }),
);

export const ThreadUnreadPosition = def(
  'v2',
  'ThreadUnreadPosition',
  'Where the unread part of a thread starts, tagged on `type`.',
  tagged('type', {
    threadStart: variant({}, 'The whole thread: it was marked unread (also when it has no turns yet).'),
    turn: variant({ turnId: str('The earliest turn whose result the user has not seen.') }, 'From a completed turn on.'),
  }),
  { since: '0.171.0' },
);

export const ThreadReadState = def(
  'v2',
  'ThreadReadState',
  'How far the user has read a thread stored on this machine.',
  object({
    firstUnread: maybe(ref(ThreadUnreadPosition, 'Where the unread part starts; null when everything is read.')),
    revision: str(
      'Opaque revision of the read state; a change that names an older revision is refused, so activity or marks the caller has not seen are not overwritten.',
    ),
  }),
  { since: '0.171.0' },
);

export const ThreadListResponse = def(
  'v2',
  'ThreadListResponse',
  'Result of `thread/list`.',
  object({
    data: array(ref(Thread)),
    nextCursor: maybe(str('Cursor for the next page; null or absent when this is the last page.')),
    backwardsCursor: since('0.171.0', maybe(str('Cursor for paging back towards the start, when there is a page before this one.'))),
    readStates: since(
      '0.171.0',
      optional(
        map(
          ref(ThreadReadState),
          "Read state of the listed threads, by thread id. Sent by the server though upstream's export leaves it out.",
        ),
      ),
    ),
  }),
);

export const ThreadArchiveParams = def(
  'v2',
  'ThreadArchiveParams',
  'Params of `thread/archive`: moves a thread out of the active list.',
  object({
    threadId: str(),
  }),
);

export const ThreadArchiveResponse = def('v2', 'ThreadArchiveResponse', 'Result of `thread/archive`: an empty object.', empty());

export const ThreadCompactParams = def(
  'v2',
  'ThreadCompactParams',
  "Params of `thread/compact`: asks the server to summarise the thread's history to free up context window.",
  object({
    threadId: str(),
  }),
);

export const ThreadCompactResponse = def(
  'v2',
  'ThreadCompactResponse',
  'Result of `thread/compact`: an empty object; the compaction itself runs asynchronously and is announced by `thread/compacted`.',
  empty(),
);
