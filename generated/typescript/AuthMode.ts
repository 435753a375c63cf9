// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How the server authenticates with its model provider: `apikey` (a key stored by the server; note the lower case), `chatgpt` (a ChatGPT sign-in the server keeps and refreshes), `chatgptAuthTokens` (ChatGPT tokens a host application supplies and refreshes, held in memory only; marked for internal use upstream), `headers` (credentials sent as request headers), `agentIdentity` (a registered agent identity), `personalAccessToken` (a personal access token), `bedrockApiKey` (an Amazon Bedrock bearer token) or `bedrockAccessKeys` (Amazon Bedrock AWS access keys). */
export type AuthMode =
  | "apikey"
  | "chatgpt"
  | "chatgptAuthTokens"
  | "headers"
  | "agentIdentity"
  | "personalAccessToken"
  | "bedrockApiKey"
  | "bedrockAccessKeys";
