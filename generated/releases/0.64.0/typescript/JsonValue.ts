// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Any JSON value: null, boolean, number, string, array or object (what arrays and objects hold is not constrained). */
export type JsonValue =
  null | boolean | number | string | Array<unknown> | { [key: string]: unknown };
