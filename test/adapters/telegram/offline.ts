/**
 * A Telegram bot tested offline, in grammY's own style: a `Bot` with `botInfo` set, updates given
 * to `handleUpdate`, and an API transformer that records every outgoing call and answers it as
 * the Bot API would, without a network.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Bot } from "grammy";
import { loadKnowledgeFromDir } from "../../../adapters/knowledge-files.js";
import { Assistant } from "../../../adapters/runtime/assistant.js";
import { createLogger } from "../../../adapters/runtime/logger.js";
import { createMetrics } from "../../../adapters/runtime/metrics.js";
import { MemoryState } from "../../../adapters/runtime/memory-state.js";
import { FileUnansweredLog } from "../../../adapters/runtime/unanswered.js";
import { createTelegramBot } from "../../../adapters/telegram/bot.js";
import { FollowUps } from "../../../adapters/shared/follow-ups.js";
import { SUGGESTION_TTL_MS } from "../../../adapters/telegram/suggestions.js";
import { DEFAULT_CORPUS_DIR, type Knowledge } from "../../../knowledge/index.js";
import { FAKE_BOT } from "../../fakes/telegram-api.js";

const INDEX_DIR = mkdtempSync(join(tmpdir(), "tg-index-"));
let knowledge: Knowledge | undefined;
/** The embedded corpus, loaded once per test file. */
export const embeddedKnowledge = (): Knowledge => (knowledge ??= loadKnowledgeFromDir(DEFAULT_CORPUS_DIR, INDEX_DIR).knowledge);

/** An outgoing call as the transformer saw it. */
export interface OutgoingCall {
  readonly method: string;
  readonly payload: Record<string, any>;
}

/** A bot with its recorded calls and log lines. */
export interface OfflineBot {
  readonly bot: Bot;
  readonly calls: OutgoingCall[];
  readonly logs: Record<string, any>[];
  /** Makes the next call of `method` fail with the Bot API's error `description` (400 unless `code`). */
  refuseNext(method: string, description: string, code?: number): void;
  /** Calls of `method`. */
  of(method: string): OutgoingCall[];
}

let nextMessageId = 1;

/** Options of {@link offlineBot}. */
export interface OfflineOptions {
  /** Messages one chat may send per minute. Default 1000. */
  readonly chatLimitPerMinute?: number;
  /** As the channel's setting. Default 0: "typing…" before every answer. */
  readonly typingAfterMs?: number;
}

/** An assistant over the embedded corpus, in memory, with its log lines captured. */
export function testAssistant(options: OfflineOptions = {}) {
  const logs: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = createLogger("debug", sink);
  const state = new MemoryState();
  const assistant = new Assistant({
    knowledge: embeddedKnowledge(),
    state,
    metrics: createMetrics(),
    unanswered: new FileUnansweredLog(join(mkdtempSync(join(tmpdir(), "tg-unanswered-")), "u.json")),
    logger,
    chatLimitPerMinute: options.chatLimitPerMinute ?? 1000,
  });
  return { assistant, state, logger, logs };
}

/** A bot over the embedded corpus, with the bot's account as `botInfo`: no getMe, no network. */
export function offlineBot(options: OfflineOptions = {}): OfflineBot {
  const { assistant, state, logger, logs } = testAssistant(options);
  const bot = createTelegramBot({ token: "123456:OFFLINE-abcdefghijklmnopqrst", apiRoot: "http://127.0.0.1:9", botInfo: FAKE_BOT, assistant, suggestions: new FollowUps(state.suggestions, SUGGESTION_TTL_MS, "telegram"), logger, typingAfterMs: options.typingAfterMs ?? 0 });
  const calls: OutgoingCall[] = [];
  const refusals: { method: string; description: string; code: number }[] = [];
  // Installed last, so it runs first: nothing reaches the retry plugin or the network.
  bot.api.config.use(async (_prev, method, payload) => {
    calls.push({ method, payload: payload as Record<string, any> });
    const refusal = refusals.findIndex((r) => r.method === method);
    if (refusal >= 0) {
      const [r] = refusals.splice(refusal, 1);
      return { ok: false, error_code: r!.code, description: r!.description } as never;
    }
    const p = payload as Record<string, any>;
    const result = method === "sendMessage" || method === "sendPhoto" ? { message_id: nextMessageId++, date: 0, chat: { id: p.chat_id, type: "private" }, text: p.text } : true;
    return { ok: true, result } as never;
  });
  return {
    bot,
    calls,
    logs,
    refuseNext: (method, description, code = 400) => refusals.push({ method, description, code }),
    of: (method) => calls.filter((c) => c.method === method),
  };
}
