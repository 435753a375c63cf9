// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ImageDetail } from "./ImageDetail.js";
import type { TextElement } from "./TextElement.js";

/** One piece of user-provided input to a turn, tagged on `type`: text, an image or audio (by URL, uploaded file or local path), or a skill or mention the user picked. */
export type UserInput =
  | {
      /** Plain text typed by the user. */
      type: "text";
      text: string;
      /** Spans of `text` the client renders specially. Defaults to none. */
      text_elements?: Array<TextElement>;
    }
  | {
      /** An image given by URL or by uploaded file id (upstream requires exactly one of the two). */
      type: "image";
      /** URL of the image, which may also be a `data:` URL. Give this or `fileId`. */
      url?: string;
      /** Id of a file uploaded to the model provider that holds the image. Give this or `url`. */
      fileId?: string;
      /** Resolution for the model; the provider's default when null or left out. */
      detail?: ImageDetail | null;
    }
  | {
      /** An image read from a local file. */
      type: "localImage";
      /** Path of the image file on the machine running the server. */
      path: string;
      /** Resolution for the model; the provider's default when null or left out. */
      detail?: ImageDetail | null;
    }
  | {
      /** An audio clip given by URL or by uploaded file id (upstream requires exactly one of the two). */
      type: "audio";
      /** URL of the audio, which may also be a `data:` URL. Give this or `fileId`. */
      url?: string;
      /** Id of a file uploaded to the model provider that holds the audio. Give this or `url`. */
      fileId?: string;
    }
  | {
      /** An audio clip read from a local file. */
      type: "localAudio";
      /** Path of the audio file on the machine running the server. */
      path: string;
    }
  | {
      /** A skill the user asked the agent to use. */
      type: "skill";
      /** Name of the skill. */
      name: string;
      /** Path of the skill's definition file. */
      path: string;
    }
  | {
      /** Something the user mentioned by name (an app, a plugin or a file, for example), for the agent to take into account. */
      type: "mention";
      /** Name shown for the mentioned resource. */
      name: string;
      /** Path or URI of the mentioned resource. */
      path: string;
    };
