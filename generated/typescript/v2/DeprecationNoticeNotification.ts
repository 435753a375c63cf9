// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `deprecationNotice`: the client uses something that is deprecated. */
export type DeprecationNoticeNotification = {
  /** What is deprecated, in one sentence. */
  summary: string;
  /** What to do instead, or why, when the server says. */
  details?: string | null;
};
