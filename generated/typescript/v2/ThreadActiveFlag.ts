// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why a running thread is waiting on the client: for the answer to an approval request, or for input the agent asked the user for. */
export type ThreadActiveFlag = "waitingOnApproval" | "waitingOnUserInput";
