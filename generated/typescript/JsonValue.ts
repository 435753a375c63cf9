// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Any JSON value: number, string, boolean, array, object or null. */
export type JsonValue =
  number | string | boolean | Array<JsonValue> | { [key: string]: JsonValue } | null;
