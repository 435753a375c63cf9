// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** A cybersecurity access program a turn can ask for; whether it is granted stays the server's decision. */
export type CyberAccessProgram = "standard" | "daybreakBlue" | "daybreakRed";
