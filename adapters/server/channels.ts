import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { Assistant } from "../runtime/assistant.js";
import type { SharedState } from "../runtime/state.js";
import { TelegramChannel } from "../telegram/channel.js";
import { ZaloBotChannel } from "../zalo/bot-channel.js";
import { ZaloOaChannel } from "../zalo/oa-channel.js";
import type { Channel } from "./channel.js";

/** What a channel is built from. */
export interface ChannelDeps {
  readonly assistant: Assistant;
  readonly state: SharedState;
  readonly logger: Logger;
}

/** The channels the settings turn on (none: the service serves its web chat and API only). */
export function channelsFor(config: Config, deps: ChannelDeps): Channel[] {
  const channels: Channel[] = [];
  const { timeouts } = config;
  const retry = { attemptTimeoutMs: timeouts.telegramCallMs, networkWaitMs: timeouts.telegramRetryWaitMs, serverErrorWaitMs: timeouts.telegramServerErrorWaitMs };
  if (config.telegram) channels.push(new TelegramChannel({ config: config.telegram, retry, ...deps }));
  if (config.zaloOa) channels.push(new ZaloOaChannel({ config: config.zaloOa, contextTtlMs: config.contextTtlMs, timeouts, ...deps }));
  if (config.zaloBot) channels.push(new ZaloBotChannel({ config: config.zaloBot, contextTtlMs: config.contextTtlMs, timeouts, ...deps }));
  return channels;
}
