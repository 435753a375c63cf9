// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One part of what a dynamic (client-implemented) tool returned, tagged on `type` with camelCase values. */
export type DynamicToolCallOutputContentItem =
  | {
      /** Text returned by the tool. */
      type: "inputText";
      text: string;
    }
  | {
      /** An image returned by the tool. */
      type: "inputImage";
      /** Image URL, which may be a `data:` URL. */
      imageUrl: string;
    }
  | {
      /** Audio returned by the tool. */
      type: "inputAudio";
      /** Audio URL, which may be a `data:` URL. */
      audioUrl: string;
    };
