// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One piece of user input in the core (v1) form, tagged on `type` with snake_case values. Differs from v2 `UserInput` (`image{url}`, `localImage{path}`). */
export type UserInput =
  | {
      /** Plain text typed by the user. */
      type: "text";
      text: string;
    }
  | {
      /** An image given by URL. */
      type: "image";
      /** Image URL, which may be a `data:` URL. */
      image_url: string;
    }
  | {
      /** An image read from a local file. */
      type: "local_image";
      /** Path of the image file on the machine running the server. */
      path: string;
    };
