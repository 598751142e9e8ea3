/**
 * Follow-up suggestions behind inline buttons. Telegram allows 64 bytes of callback data, less
 * than many Vietnamese suggestions, so a button carries a short id and an index, and what each
 * button sends (its words and, for a command, the command) is offered under that id in the
 * shared follow-ups (`FollowUps.offerByContent`): a tap may reach another instance, and an older
 * answer's buttons keep working.
 */

/** How long a suggestion button works: a day. */
export const SUGGESTION_TTL_MS = 24 * 3600_000;

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
