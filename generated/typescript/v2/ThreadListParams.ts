// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { SortDirection } from "./SortDirection.js";
import type { ThreadListCwdFilter } from "./ThreadListCwdFilter.js";
import type { ThreadSortKey } from "./ThreadSortKey.js";
import type { ThreadSourceKind } from "./ThreadSourceKind.js";

/** Params of `thread/list`: pages through stored threads. */
export type ThreadListParams = {
  /** Opaque cursor from a previous response's `nextCursor`; omit for the first page. */
  cursor?: string | null;
  /** Page size; the server picks a default when omitted. */
  limit?: number | null;
  /** What to order by; creation time when omitted. */
  sortKey?: ThreadSortKey | null;
  /** Order; newest first when omitted. */
  sortDirection?: SortDirection | null;
  /** Only list threads of these model providers; omitted, null or an empty list means all providers. */
  modelProviders?: Array<string> | null;
  /** Only list threads from these sources; omitted, null or an empty list means the interactive ones. */
  sourceKinds?: Array<ThreadSourceKind> | null;
  /** When true, list archived threads only; otherwise only threads that are not archived. */
  archived?: boolean | null;
  /** Only list threads whose working directory is one of these. */
  cwd?: ThreadListCwdFilter | null;
  /** Only list threads whose title contains this text. */
  searchTerm?: string | null;
  /** Only list threads of this section; null lists the threads filed under no section, and leaving it out lists all. */
  sectionId?: string | null;
  /** Only consider these threads (at most 100); an empty list matches none. Send the same list with every page. */
  includedThreadIds?: Array<string> | null;
  /** Leave these threads out (at most 100; a longer list is refused). Send the same list with every page. */
  excludedThreadIds?: Array<string> | null;
  /** Only list threads created by one of these clients. Hosted backends only: a local server refuses a non-empty list. */
  originators?: Array<string> | null;
  /** Only list the local threads the signed-in ChatGPT account may see. Defaults to false. */
  currentAccountOnly?: boolean;
  /** When true, the server answers from its index alone, without reading rollout files to repair it. Defaults to false. */
  useStateDbOnly?: boolean;
};
