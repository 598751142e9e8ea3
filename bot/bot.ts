import { LRUCache } from "lru-cache";
import type { Knowledge } from "../knowledge/index.js";
import { answerTooLong } from "./answers/talk.js";
import { MemoryConversationStore, SHOWN_KEPT, type ConversationStore, type DialogState } from "./context.js";
import { framedBy } from "./commands.js";
import { INTENTS, unansweredBy } from "./intents.js";
import { MESSAGES } from "./messages/index.js";
import { withDefaults, type BotOptions } from "./options.js";
import { resolveProvinces, type Reply, type Turn } from "./turn.js";
import { inContext, narrowed } from "./understand/in-context.js";
import { accentsOf } from "./understand/accents.js";
import { withLocalPlace } from "./understand/places.js";
import { understand, type Question } from "./understand/question.js";
import type { Answer, IncomingMessage } from "./types.js";

/** What {@link createBot} needs. */
export interface BotDeps {
  readonly knowledge: Knowledge;
  /** Conversation state. Default: in memory, 30 minutes, 10 000 chats. */
  readonly store?: ConversationStore;
  readonly options?: Partial<BotOptions>;
}

/** The channel-neutral bot: one call, a message in, an answer out. */
export interface Bot {
  answer(message: IncomingMessage): Promise<Answer>;
  /** How a message was understood and which figures were weighed, without answering it. */
  turn(message: IncomingMessage): Promise<Turn>;
  readonly knowledge: Knowledge;
}

// Control characters, zero-width and bidirectional marks carry no meaning in a question.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Creates the bot over a knowledge base. */
export function createBot(deps: BotDeps): Bot {
  const options = withDefaults(deps.options);
  const store = deps.store ?? new MemoryConversationStore();
  const knowledge = deps.knowledge;
  const accents = accentsOf(knowledge);
  // A message reads the same whoever sends it: its reading is kept for the next time it comes
  // (the conversation it comes in is applied after).
  const readings = new LRUCache<string, Question>({ max: options.readingsKept });
  const read = (text: string, locale: string | undefined): Question => {
    const key = `${locale ?? ""}\u0000${text}`;
    let asked = readings.get(key);
    if (!asked) readings.set(key, (asked = withLocalPlace(understand(text, locale, accents), knowledge)));
    return asked;
  };

  function turnOf(text: string, message: IncomingMessage, state: DialogState | undefined): Turn {
    const asked = framedBy(read(text, message.locale), message.command);
    const q = inContext(asked, state);
    return { q, narrowed: narrowed(asked, state), continued: q !== asked, m: MESSAGES[q.language], knowledge, options, state, resolved: resolveProvinces(q, knowledge) };
  }

  async function turn(message: IncomingMessage): Promise<Turn> {
    return turnOf(String(message.text ?? "").replace(INVISIBLE, " "), message, await store.get(message.chatId));
  }

  // An answer depends on the message and the conversation's state only, never on who asks or
  // when: kept by both, it is given again as it was worked out, and the state it leaves is worked
  // out from the conversation's. A message that asks all it means by itself is kept once for
  // every conversation.
  const answers = options.answersKept > 0 ? new LRUCache<string, { reply: Reply; answer: Answer; keepsContext: boolean }>({ max: options.answersKept }) : null;
  const stateKey = (text: string, message: IncomingMessage, state: DialogState | undefined): string => {
    if (!state) return "";
    const asked = framedBy(read(text, message.locale), message.command);
    return selfContained(asked, state) ? "" : JSON.stringify(state);
  };

  async function answer(message: IncomingMessage): Promise<Answer> {
    const raw = String(message.text ?? "");
    const state = await store.get(message.chatId);
    // Decided here only: a message too long is asked to be shortened, and is no question the
    // corpus failed to answer.
    if (raw.length > options.maxMessageLength) return answerTooLong(turnOf(raw.slice(0, options.maxMessageLength), message, state)).answer;
    const text = raw.replace(INVISIBLE, " ");
    const key = answers ? `${message.locale ?? ""}\u0000${message.command ?? ""}\u0000${text}\u0000${stateKey(text, message, state)}` : "";
    let kept = answers?.get(key);
    if (!kept) {
      const t = turnOf(text, message, state);
      const row = INTENTS.find((r) => r.match(t))!;
      const reply = row.answer(t);
      kept = { reply, answer: { ...reply.answer, unanswered: unansweredBy(row, reply.answer) }, keepsContext: row.keepsContext };
      answers?.set(key, kept);
    }
    await store.set(message.chatId, kept.keepsContext && state ? state : remember(state, kept.reply));
    return kept.answer;
  }

  return { answer, turn, knowledge };
}

/**
 * True when a message's reading does not depend on the conversation: it names its provinces and
 * continues, compares or points back at nothing, so every conversation gets the same answer.
 */
function selfContained(asked: Question, state: DialogState): boolean {
  return asked.provinces.length > 0 && !asked.followUp && !asked.compare && !asked.move && inContext(asked, state) === asked && narrowed(asked, state) === null;
}

function remember(previous: DialogState | undefined, reply: Reply): DialogState {
  const a = reply.answer;
  const provinces = reply.provinces ?? [];
  const same = previous && previous.provinces.join() === provinces.join() && JSON.stringify(previous.ask) === JSON.stringify(reply.ask ?? null);
  const ids = (reply.shown ?? []).map((f) => f.id);
  // Asking the same again shows no new fact: the ids are kept once each, the newest last.
  const shown = [...new Set([...(same ? previous.shownFactIds : []), ...ids])].slice(-SHOWN_KEPT);
  // The country stays the subject of what is asked next only where its figure was said: after
  // "so với cả nước?" answered by the province's own figure, "tỷ lệ hộ dùng băng rộng" is the province's.
  const ask = reply.ask?.scope === "national" && !(reply.shown ?? []).some((f) => f.scope === "national") ? { ...reply.ask, scope: null } : (reply.ask ?? null);
  return {
    provinces,
    ask,
    intent: a.intent,
    year: reply.year ?? null,
    shownFactIds: shown,
    citations: a.citations.length ? a.citations : (previous?.citations ?? []),
  };
}
