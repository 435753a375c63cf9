// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which kind of client created a thread. Threads created through the app-server report `vscode`. Unlike v1, there is no sub-agent variant. */
export type SessionSource = "cli" | "vscode" | "exec" | "appServer" | "unknown";
