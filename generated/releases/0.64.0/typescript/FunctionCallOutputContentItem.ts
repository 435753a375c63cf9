// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One part of a structured function call output, tagged on `type`: text or an image. */
export type FunctionCallOutputContentItem =
  | {
      /** Text returned by the tool. */
      type: "input_text";
      text: string;
    }
  | {
      /** An image returned by the tool. */
      type: "input_image";
      /** Image URL, often a `data:` URL. */
      image_url: string;
    };
