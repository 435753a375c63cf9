// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `userInfo`. */
export type UserInfoResponse = {
  /** Email claimed by the stored ChatGPT credentials, not verified by the server. */
  allegedUserEmail?: string | null;
};
