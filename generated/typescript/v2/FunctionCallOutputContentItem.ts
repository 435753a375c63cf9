// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ImageDetail } from "./ImageDetail.js";

/** One part of a structured function call output, tagged on `type` with the model API's snake_case values. Image and audio parts carry their data by URL or by uploaded file id: one of the two keys is present. */
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
      image_url?: string;
      /** Identifier of a file uploaded to the model provider, when the content is given that way. */
      file_id?: string;
      /** Resolution the model should look at the image in. */
      detail?: ImageDetail | null;
    }
  | {
      /** Audio returned by the tool. */
      type: "input_audio";
      /** Audio URL, often a `data:` URL. */
      audio_url?: string;
      /** Identifier of a file uploaded to the model provider, when the content is given that way. */
      file_id?: string;
    }
  | {
      /** Encrypted content returned by the tool. */
      type: "encrypted_content";
      /** Opaque content only the model provider can read. */
      encrypted_content: string;
    };
