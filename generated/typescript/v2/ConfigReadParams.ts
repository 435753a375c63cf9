// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `config/read`. */
export type ConfigReadParams = {
  /** When true, the response also lists every layer separately. Defaults to false. */
  includeLayers?: boolean;
  /** Working directory to read the configuration for: the project layers between it and the repository root are included. */
  cwd?: string | null;
};
