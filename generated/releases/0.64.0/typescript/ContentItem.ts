// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One part of a `message` response item, tagged on `type`: input text, an input image, or text produced by the model. */
export type ContentItem =
  | {
      /** Text sent to the model (user, developer or system content). */
      type: "input_text";
      text: string;
    }
  | {
      /** An image sent to the model. */
      type: "input_image";
      /** Image URL; often a `data:` URL carrying the encoded image. */
      image_url: string;
    }
  | {
      /** Text the model produced. */
      type: "output_text";
      text: string;
    };
