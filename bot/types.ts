import type { Block } from "./blocks.js";
import type { Command } from "./commands.js";

/** A message as every channel hands it to the bot. */
export interface IncomingMessage {
  /** "cli", "web", "telegram", "zalo-oa", "zalo-bot"… */
  readonly channel: string;
  /** Conversation key; turns with the same chat share context. */
  readonly chatId: string;
  /** What the user wrote, or what the button pressed says; a command's argument (the province of `overview`). */
  readonly text: string;
  /** "vi" (default) or "en": the language of the user's client, when the channel knows it. */
  readonly locale?: string;
  /**
   * A command or a button, parsed by the channel from its own syntax: it decides how the message
   * is answered, whatever its text says (see {@link Command}). Absent: the text is a question.
   */
  readonly command?: Command;
}

/** What the bot understood the message to ask. */
export type Intent =
  | "greeting"
  | "help"
  | "figure"
  | "overview"
  | "comparison"
  | "ranking"
  | "source"
  | "list"
  | "nodata"
  | "clarify"
  | "offtopic"
  | "definition";

/** A numbered source of an answer: a verbatim span of an article. */
export interface Citation {
  readonly n: number;
  readonly articleId: string;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly date: string | null;
  /** Verbatim, contiguous span of the article text (NFC). */
  readonly quote: string;
}

/** A figure an answer states, with the citation that backs it. */
export interface AnswerFact {
  readonly province: string;
  /** As written in the article: "1,2 triệu", "99,7%". */
  readonly raw: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly period: string | null;
  /** "hơn", "gần"… */
  readonly qualifier: string | null;
  readonly target: boolean;
  /** Number of the citation ({@link Citation.n}). */
  readonly citation: number;
}

/** One bar of a comparison or ranking chart. */
export interface SeriesPoint {
  readonly label: string;
  readonly value: number;
  readonly unit: string | null;
  /** The figure as written. */
  readonly raw: string;
  /**
   * The figure as a bar's label says it, whole: with its qualifier and what it counts, levels
   * included ("gần 1.600 dịch vụ công trực tuyến", "1.250 dịch vụ công mức độ 3, 4", "66,2%").
   */
  readonly figure: string;
  readonly citation: number;
}

/** A follow-up the user can send as is; channels render these as buttons or chips. */
export interface Suggestion {
  /** Short label. */
  readonly label: string;
  /** The message to send. */
  readonly text: string;
  /** The command to send with it, so that the button routes as it is meant to however it is worded. */
  readonly command?: Command;
}

/**
 * Why an answer counts as a question the corpus could not answer (the metric's `kind`): no
 * article on the province, articles without the figure asked, a question asked back, off topic.
 */
export type Unanswered = "nodata" | "figure_missing" | "clarify" | "offtopic";

/** The bot's reply, channel-neutral. */
export interface Answer {
  readonly question: string;
  readonly intent: Intent;
  /** Provinces the answer is about, as the articles name them (or as asked, for no data). */
  readonly provinces: readonly string[];
  /** Plain-text reply, figure first, citations numbered [1], [2]…: the blocks rendered by bot/plain-text.ts. */
  readonly text: string;
  /** The headline as plain text (the first line of `text`). */
  readonly headline: string;
  /** What the reply says, in order, for channels that render it with markup (see bot/blocks.ts). */
  readonly blocks: readonly Block[];
  readonly citations: readonly Citation[];
  readonly facts: readonly AnswerFact[];
  readonly suggestions: readonly Suggestion[];
  /** The bars of a chart: two or more, all of one measure, for comparison and ranking answers; else none. */
  readonly series: readonly SeriesPoint[];
  /** Set when the answer counts as unanswered (decided by the intent table, see bot/intents.ts); null otherwise. */
  readonly unanswered: Unanswered | null;
}
