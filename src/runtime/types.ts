/**
 * The wire types of each release, gathered so that the runtime can be typed by release:
 * `Types<'0.64.0'>['ClientRequest']` is 0.64.0's client request union, and so on. Each release's
 * generated `methods.ts` declares its `Protocol` type.
 */
import type { Protocol as Protocol_0_64_0 } from '../../generated/releases/0.64.0/typescript/index.js';
import type { Protocol as Protocol_newest } from '../../generated/typescript/index.js';
import type { Release } from '../releases.js';

/** What the runtime needs of a release's types. */
export interface ProtocolTypes {
  readonly ClientRequest: { readonly method: string };
  readonly ServerRequest: { readonly method: string };
  readonly ServerNotification: { readonly method: string };
  readonly ClientNotification: { readonly method: string };
  readonly ClientRequestParamsMap: object;
  readonly ClientRequestResultMap: object;
  readonly ServerRequestParamsMap: object;
  readonly ServerRequestResultMap: object;
  readonly ServerNotificationParamsMap: object;
  readonly ClientNotificationParamsMap: object;
}

/** The types of every release, by version. */
export interface ReleaseTypes {
  readonly '0.64.0': Protocol_0_64_0;
  readonly '0.171.0': Protocol_newest;
}

/** The types of release `R`. */
export type Types<R extends Release> = ReleaseTypes[R];
