// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Whether the trusted-contacts check applies to an answer that is shown: `check` or `skip`. */
export type TrustedContacts = "check" | "skip";
