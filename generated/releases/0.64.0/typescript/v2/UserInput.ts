// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One piece of user-provided input to a turn, tagged on `type`: text, a remote image, or an image file on the server machine. */
export type UserInput =
  | {
      /** Plain text typed by the user. */
      type: "text";
      text: string;
    }
  | {
      /** An image given by URL. */
      type: "image";
      /** Image URL, which may also be a `data:` URL. */
      url: string;
    }
  | {
      /** An image read from a local file. */
      type: "localImage";
      /** Path of the image file on the machine running the server. */
      path: string;
    };
