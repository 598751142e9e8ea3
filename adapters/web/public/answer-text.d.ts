// Types of answer-text.js, the web chat's pure helpers (plain JS: the page has no build step),
// so the TypeScript tests import them checked.

/** A piece of a line: plain text, a figure to highlight, or a citation marker "[n]". */
export type Segment = { kind: "text" | "figure"; text: string } | { kind: "cite"; text: string; n: number };

/** Splits an answer into the highlighted headline (null when it cites nothing) and the body. */
export function answerParts(answer: {
  readonly text: string;
  readonly headline: string;
  readonly citations: readonly unknown[];
  readonly suggestions: readonly { readonly text: string }[];
}): { headline: string | null; body: string };

/** How a body line is laid out: bullet "• …", item "1. …", a short "…:" subheading, or text. */
export function lineKind(line: string): "bullet" | "item" | "subhead" | "text";

/** Cuts a line into text, whole figures and known citation markers. */
export function segments(text: string, marks?: { figures?: readonly string[]; citations?: readonly number[] }): Segment[];

/** The figure a chart bar shows: raw, plus the unit unless it is "%" or absent. */
export function valueLabel(point: { readonly raw: string; readonly unit: string | null }): string;

/** Each bar's length (0–1): a percentage against 100% (or the largest above it), any other figure against the largest such. */
export function barShares(series: readonly { readonly value: number; readonly unit: string | null }[]): number[];

/** The citation's address when it is http(s), else null. */
export function safeLink(url: string | null): string | null;

/** A new conversation key: "web-" and the bytes' hex digits. */
export function newChatId(bytes: Uint8Array): string;

/** Whether a stored conversation key is one the API accepts. */
export function isChatId(id: unknown): boolean;
