// Types of answer-text.js, the web chat's pure helpers (plain JS: the page has no build step),
// so the TypeScript tests import them checked.

/** Words with one figure marked (the contract's `Marked`). */
export interface Marked {
  readonly before: string;
  readonly figure: string;
  readonly after: string;
}

/** A figure said in one line (the contract's `Statement`). */
export interface Statement {
  readonly place: string;
  readonly goal: string | null;
  readonly figure: Marked;
  readonly measure: string | null;
  readonly scope: string | null;
  readonly period: string | null;
  readonly citation: number;
}

/** A piece of a line: words, the figure to highlight, or a citation marker "[n]". */
export type Run = { kind: "text" | "figure"; text: string } | { kind: "cite"; n: number };

/** A citation of the contract. */
export interface Citation {
  readonly n: number;
  readonly articleId: string;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly date: string | null;
  readonly quote: string;
}

/** A statement in runs, as the plain text says it. */
export function statementRuns(s: Statement): Run[];

/** A fact line in runs: province, words with the figure, goal and period, citation. */
export function factRuns(fact: { readonly place: string | null; readonly words: Marked; readonly goal: string | null; readonly period: string | null; readonly citation: number }): Run[];

/** Citations grouped by article, in the order of their first citation. */
export function byArticle(citations: readonly Citation[]): { article: Citation; citations: Citation[] }[];

/** A closed citation's preview: its quote from a little before its first figure. */
export function quotePreview(quote: string, figures: readonly string[]): string;

/** Each bar's length (0–1): percentages against 100% (or the largest above it), other figures against the largest. */
export function barShares(series: readonly { readonly value: number; readonly unit: string | null }[]): number[];

/** The citation's address when it is http(s), else null. */
export function safeLink(url: string | null): string | null;

/** A new conversation key: "web-" and the bytes' hex digits. */
export function newChatId(bytes: Uint8Array): string;

/** Whether a stored conversation key is one the API accepts. */
export function isChatId(id: unknown): boolean;
