// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** The protocol of a network request waiting for approval. */
export type NetworkApprovalProtocol = "http" | "https" | "socks5Tcp" | "socks5Udp";
