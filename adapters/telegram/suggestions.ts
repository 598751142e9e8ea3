import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { Suggestion } from "../../bot/index.js";
import { RedisState } from "../runtime/redis-state.js";
import { ExpiringMap, type SharedState } from "../runtime/state.js";

/**
 * Follow-up suggestions behind inline buttons. Telegram allows 64 bytes of callback data, less
 * than many Vietnamese suggestions, so a button carries a short id and an index and the texts are
 * kept here, with the command a button sends: in Redis when the service shares its state (a tap
 * may reach another instance), in memory otherwise.
 */
export interface SuggestionStore {
  /** Keeps what one answer's buttons send; returns their id. */
  save(sent: readonly Sent[]): Promise<string>;
  /** What button `index` of `id` sends; undefined once expired or unknown. */
  get(id: string, index: number): Promise<Sent | undefined>;
}

/** What a suggestion button sends: its words and, for a command, the command. */
export type Sent = Pick<Suggestion, "text" | "command">;

/** How long a suggestion button works: a day. */
export const SUGGESTION_TTL_MS = 24 * 3600_000;
/** Most answers' suggestions kept in memory; the oldest go first. */
const MEMORY_MAX = 50_000;

/** The store that fits the service's shared state. */
export function suggestionStoreFor(state: SharedState, ttlMs = SUGGESTION_TTL_MS): SuggestionStore {
  const memory = new ExpiringMap<readonly Sent[]>(Date.now, MEMORY_MAX);
  const local: SuggestionStore = {
    save: async (sent) => {
      const id = randomBytes(6).toString("base64url");
      memory.set(id, sent, ttlMs);
      return id;
    },
    get: async (id, index) => memory.get(id)?.[index],
  };
  if (!(state instanceof RedisState)) return local;
  return redisStore(state.redis, (id) => state.key("tg-suggestions", id), ttlMs, local);
}

// Redis when it answers; this instance's memory while it does not (as RedisState itself does).
function redisStore(redis: Redis, key: (id: string) => string, ttlMs: number, local: SuggestionStore): SuggestionStore {
  return {
    save: async (sent) => {
      const id = randomBytes(6).toString("base64url");
      try {
        await redis.set(key(id), JSON.stringify(sent), "PX", ttlMs);
        return id;
      } catch {
        return local.save(sent);
      }
    },
    get: async (id, index) => {
      try {
        const json = await redis.get(key(id));
        if (json) return (JSON.parse(json) as Sent[])[index];
      } catch {
        // Redis is down: the id may have been kept locally while it was.
      }
      return local.get(id, index);
    },
  };
}

/** What a button does, as its callback data says. */
export type ButtonAction = { readonly kind: "suggestion"; readonly id: string; readonly index: number } | { readonly kind: "province"; readonly slug: string };

/** Callback data of a button: "s:<id>:<index>" or "p:<province slug>", well under 64 bytes. */
export function callbackData(action: ButtonAction): string {
  return action.kind === "suggestion" ? `s:${action.id}:${action.index}` : `p:${action.slug}`;
}

/** The action of a button's callback data; null for data this bot never made. */
export function parseCallbackData(data: string): ButtonAction | null {
  const s = /^s:([\w-]{1,16}):(\d{1,2})$/.exec(data);
  if (s) return { kind: "suggestion", id: s[1]!, index: Number(s[2]) };
  const p = /^p:([a-z0-9-]{1,60})$/.exec(data);
  return p ? { kind: "province", slug: p[1]! } : null;
}
