import type { Messages } from "../messages/vi.js";
import type { Suggestion } from "../types.js";

/*
 * Follow-ups that are commands carry the command beside their words: a channel sends both, so
 * a follow-up routes as it is meant to however the language's messages word it.
 */

/** "Chi tiết hơn": further figures on the last topic. */
export const moreSuggestion = (m: Messages): Suggestion => ({ label: m.suggestion.more, text: m.suggestion.more, command: "more" });

/** "Nguồn?": the last answer's sources. */
export const sourcesSuggestion = (m: Messages): Suggestion => ({ label: m.suggestion.sources, text: m.suggestion.sources, command: "sources" });

/** "Tóm tắt Long An": a province's overview; `label` when the button names the province alone. */
export const overviewSuggestion = (m: Messages, province: string, label = m.suggestion.overview(province)): Suggestion => ({ label, text: m.suggestion.overview(province), command: "overview" });

/** Questions offered as they are, label and message alike. */
export const questionSuggestions = (texts: readonly string[]): Suggestion[] => texts.map((text) => ({ label: text, text }));
