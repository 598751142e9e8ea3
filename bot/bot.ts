import type { Knowledge } from "../knowledge/index.js";
import { answerComparison, answerRanking } from "./answers/compare.js";
import { answerFigure, answerMore } from "./answers/figure.js";
import { answerOverview } from "./answers/overview.js";
import { answerClarify, answerGreeting, answerList, answerNoData, answerOffTopic, answerSources, answerTooLong } from "./answers/talk.js";
import { MemoryConversationStore, type ConversationStore, type DialogState } from "./context.js";
import { entitiesOf } from "./entities.js";
import { classify, resolveProvinces } from "./intent.js";
import { withDefaults, type BotOptions } from "./options.js";
import type { Reply, Turn } from "./turn.js";
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
  readonly knowledge: Knowledge;
}

// Control characters, zero-width and bidirectional marks carry no meaning in a question.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Creates the bot over a knowledge base. */
export function createBot(deps: BotDeps): Bot {
  const options = withDefaults(deps.options);
  const store = deps.store ?? new MemoryConversationStore();
  const knowledge = deps.knowledge;

  async function answer(message: IncomingMessage): Promise<Answer> {
    const raw = String(message.text ?? "");
    const state = await store.get(message.chatId);
    if (raw.length > options.maxMessageLength) {
      return answerTooLong(turnOf(raw.slice(0, options.maxMessageLength), state)).answer;
    }
    const t = turnOf(raw.replace(INVISIBLE, " "), state);
    const reply = respond(t);
    await store.set(message.chatId, remember(state, reply));
    return reply.answer;
  }

  function turnOf(text: string, state: DialogState | undefined): Turn {
    const e = entitiesOf(text);
    return { e, knowledge, options, state, resolved: resolveProvinces(e, knowledge) };
  }

  return { answer, knowledge };
}

function respond(t: Turn): Reply {
  const intent = classify(t.e, t.resolved, t.state, t.knowledge);
  const withData = t.resolved.filter((r) => r.provinces.length);
  const one = withData[0]?.provinces ?? [];
  switch (intent) {
    case "greeting":
    case "help":
      return answerGreeting(t, intent === "help");
    case "list":
      return answerList(t);
    case "source":
      return answerSources(t);
    case "more":
      return answerMore(t);
    case "nodata":
      return answerNoData(t, t.resolved.filter((r) => !r.provinces.length).map((r) => r.asked));
    case "offtopic":
      return answerOffTopic(t);
    case "clarify":
      return answerClarify(t);
    case "ranking":
      return answerRanking(t);
    case "comparison": {
      const groups = withData.map((r) => ({ label: r.asked, provinces: r.provinces }));
      if (groups.length === 1 && t.state?.provinces.length) groups.unshift({ label: t.state.provinces.join(", "), provinces: t.state.provinces });
      const e = !t.e.topicWords.length && t.state?.query ? { ...entitiesOf(t.state.query), english: t.e.english } : t.e;
      return answerComparison(t, groups, e);
    }
    case "follow-up": {
      const last = t.state!;
      if (last.intent === "overview") return answerOverview(t, one);
      return answerFigure(t, one, last.query ? { ...entitiesOf(last.query), english: t.e.english } : t.e);
    }
    case "overview":
      return answerOverview(t, one);
    case "figure": {
      const provinces = one.length ? one : (t.state?.provinces ?? []);
      // A follow-up naming only a new measure ("còn số lao động thì sao?") keeps the province.
      return answerFigure(t, provinces, t.e);
    }
  }
}

function remember(previous: DialogState | undefined, reply: Reply): DialogState {
  const a = reply.answer;
  const keepsContext = a.intent === "source" || a.intent === "greeting" || a.intent === "help" || a.intent === "list" || a.intent === "offtopic" || a.intent === "clarify";
  if (keepsContext && previous) return previous;
  const more = a.intent !== "nodata" && previous && reply.provinces && previous.provinces.join() === reply.provinces.join() && previous.query === (reply.query ?? null);
  return {
    provinces: reply.provinces ?? [],
    query: reply.query ?? null,
    intent: a.intent,
    shownFactIds: [...(more ? previous.shownFactIds : []), ...(reply.shown ?? []).map((f) => f.id)],
    citations: a.citations.length ? a.citations : (previous?.citations ?? []),
  };
}
