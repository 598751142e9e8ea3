import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import type { SharedState } from "../runtime/state.js";
import type { Channel } from "./channel.js";

/** What a channel is built from. */
export interface ChannelDeps {
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly logger: Logger;
}

/** The channels the settings turn on (none: the service serves its web chat and API only). */
export function channelsFor(_config: Config, _deps: ChannelDeps): Channel[] {
  return [];
}
