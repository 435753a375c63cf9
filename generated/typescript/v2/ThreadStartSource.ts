// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why a client starts a thread: at its own start-up, or because the user cleared the previous conversation. */
export type ThreadStartSource = "startup" | "clear";
