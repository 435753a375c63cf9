// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** One piece of user input for `sendUserMessage` / `sendUserTurn`. Adjacently tagged: the camelCase `type` names the kind and `data` holds its snake_case fields, e.g. `{"type":"localImage","data":{"path":"..."}}`. */
export type InputItem =
  | {
      /** Plain text typed by the user. */
      type: "text";
      data: {
        text: string;
      };
    }
  | {
      /** An image given by URL. */
      type: "image";
      data: {
        /** Image URL, which may be a `data:` URL. */
        image_url: string;
      };
    }
  | {
      /** An image read from a local file. */
      type: "localImage";
      data: {
        /** Path of the image file on the machine running the server. */
        path: string;
      };
    };
