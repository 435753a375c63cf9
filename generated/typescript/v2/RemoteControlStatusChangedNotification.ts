// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { RemoteControlConnectionStatus } from "./RemoteControlConnectionStatus.js";

/** Params of `remoteControl/status/changed`: the remote-control connection changed state (the server also sends it once at start). */
export type RemoteControlStatusChangedNotification = {
  status: RemoteControlConnectionStatus;
  /** Name the server is known by for remote control, such as the host name. */
  serverName: string;
  /** Identifier of this Codex installation. */
  installationId: string;
  /** The remote environment this server is registered as, when it is. */
  environmentId?: string | null;
};
