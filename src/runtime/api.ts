/**
 * The runtime of one release, typed by that release's wire types: `parse`, `validateParams`,
 * `validateResult` over the release's generated checks. `index.ts` offers the newest release
 * (and any other by `{ release }`); `releases/<version>.ts` offers one release alone.
 */
import type { Release } from '../releases.js';
import type { Direction } from '../wire.js';
import { parseWith, validateParamsWith, validateResultWith, type LimitOptions, type ParseResult, type Validation } from './engine.js';
import { ReleaseChecks, type ValidatorTables } from './release.js';
import type { ProtocolTypes } from './types.js';

/** The params of every method of a release, by method. */
export type ParamsMap<T extends ProtocolTypes> = T['ClientRequestParamsMap'] &
  T['ServerRequestParamsMap'] &
  T['ServerNotificationParamsMap'] &
  T['ClientNotificationParamsMap'];
/** The results of every request of a release, by method. */
export type ResultMap<T extends ProtocolTypes> = T['ClientRequestResultMap'] & T['ServerRequestResultMap'];

export interface ReleaseRuntime<T extends ProtocolTypes> {
  /** The release whose messages this runtime checks. */
  readonly release: Release;
  /**
   * Parses and validates one incoming message: a line of text (string) or an already-parsed JSON
   * value. `direction` says who sent it. Requests and notifications come back narrowed by
   * method; anything else comes back as a ready-to-send JSON-RPC error. Never throws.
   */
  parse<D extends Direction>(this: void, input: unknown, direction: D, options?: LimitOptions): ParseResult<D, T>;
  /** Checks `value` as the params of `method`. Unknown methods get MethodNotFound. */
  validateParams<M extends keyof ParamsMap<T> & string>(
    this: void,
    method: M,
    value: unknown,
    options?: LimitOptions,
  ): Validation<ParamsMap<T>[M]>;
  validateParams(this: void, method: string, value: unknown, options?: LimitOptions): Validation<unknown>;
  /** Checks `value` as the result of the request `method`. */
  validateResult<M extends keyof ResultMap<T> & string>(
    this: void,
    method: M,
    value: unknown,
    options?: LimitOptions,
  ): Validation<ResultMap<T>[M]>;
  validateResult(this: void, method: string, value: unknown, options?: LimitOptions): Validation<unknown>;
}

/** The runtime of `release`, over its generated tables; the checks are set up on first use. */
export function createRuntime<T extends ProtocolTypes>(release: Release, tables: ValidatorTables): ReleaseRuntime<T> {
  let checks: ReleaseChecks | undefined;
  const get = () => (checks ??= new ReleaseChecks(tables));
  return {
    release,
    parse: (input, direction, options) => parseWith(get(), input, direction, options) as never,
    validateParams: (method: string, value: unknown, options?: LimitOptions) => validateParamsWith(get(), method, value, options) as never,
    validateResult: (method: string, value: unknown, options?: LimitOptions) => validateResultWith(get(), method, value, options) as never,
  };
}
