/**
 * Every user-facing string of the bot in English, for questions asked in English. The articles
 * and their quotes stay Vietnamese.
 */
import type { Messages } from "./vi.js";

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const comparisonTitle = (measure: string) => `Comparison of ${measure}`;
const rankingTitle = (measure: string) => `Ordered by ${measure}, among the provinces with articles`;

export const en: Messages = {
  anyTopic: "digital transformation",
  thisTopic: "this figure",
  figuresOn: (measure: string) => `figures on ${measure}`,
  definitionNote: "This is a general explanation, not quoted from an article; figures are always quoted verbatim with their source.",
  headlineFigures: "the main figures",
  greeting: (provinces, topics) =>
    `Hello! I answer questions on provinces' digital transformation with figures quoted verbatim from sourced articles.\n` +
    `I have data on: ${list(provinces)}.\nTopics: ${list(topics)}.\nYou can ask, for example:`,
  thanks: "You're welcome! Ask me for any other figure.",
  help: (provinces, topics) =>
    `I look up digital transformation figures in the articles I have and quote the sentence that states each one, with its source.\n` +
    `Provinces with data: ${list(provinces)}.\nTopics: ${list(topics)}.\n` +
    `Ask for a figure, a province's summary, a comparison of two provinces, which province leads, or "sources?" after an answer. For example:`,
  examples: (p1, p2) => [`How many online public services does ${p1} have?`, `How is digital transformation going in ${p2}?`, `Compare the smartphone rate of ${p1} and ${p2}`],
  noData: (asked, available) => `I have no article about ${list(asked)}, so I have no figure for it. I have data on: ${list(available)}.`,
  noFigure: (place, measure) => `The articles I have on ${place} give no figure for ${measure}.`,
  related: (measures) => `The articles do give: ${list(measures)}.`,
  yearMissing: (place, measure, year) => `The articles I have give no ${year} figure for ${measure} in ${place}.`,
  yearUnstated: (year) => `Note: the article does not say whether this figure is for ${year} or another time.`,
  nearestYear: "The nearest figure the articles give:",
  yes: "Yes.",
  no: "Not yet.",
  not: "No.",
  right: "Right.",
  notRight: "Not right.",
  goalOnly: (place) => `The articles I have on ${place} give no result yet, only a target:`,
  onlyLocal: (place) => `The articles give this figure only for ${place}.`,
  noProvinceFigure: (province, measure, place) => `The articles I have give no province-wide figure for ${measure} in ${province}; the figure for ${place}:`,
  onlyParts: "The article counts each kind apart:",
  totalOf: (measure) => `the total ${measure}`,
  onlyResult: "The articles give only the result, not a target.",
  somePlace: "a locality of the province",
  trend: (province, older, olderPeriod, newer, newerPeriod, up) =>
    `${province} ${up ? "rose" : "fell"} from ${older}${olderPeriod ? ` (${olderPeriod})` : ""} to ${newer}${newerPeriod ? ` (${newerPeriod})` : ""}.`,
  steady: (province, level, olderPeriod, newerPeriod) => `${province} stayed at ${level}${olderPeriod && newerPeriod ? ` (${olderPeriod} and ${newerPeriod})` : ""}.`,
  offTopic: () => "Sorry, I only answer questions about provinces' digital transformation figures. Try:",
  clarify: (suggestions) => `Which province, and which figure? For example: ${suggestions.map((s) => `“${s}”`).join("; ")}.`,
  clarifyProvince: (measure, provinces) => `For which province do you want ${measure}? I have it for: ${list(provinces)}.`,
  tooLong: (max) => `Your message is too long (at most ${max} characters). Please ask more briefly.`,
  chatLimited: (seconds) => `You are sending messages too fast. Please wait about ${seconds} seconds.`,
  badRequest: "Invalid request.",
  serverError: "Sorry, the server ran into a problem. Please try again in a few minutes.",
  localPlace: (place, province) => `${place} (${province})`,
  inRegion: "within its region",
  wholeCountry: (province) => `Whole country (article on ${province})`,
  theCountry: "the whole country",
  beforeThat: (measure) => `${measure} at an earlier time`,
  targetLabel: "target",
  rank: (raw) => `ranked ${raw}`,
  dti: "the digital transformation index (DTI)",
  pillarIndex: (pillar) => `the ${pillar} pillar`,
  also: "The article also gives:",
  conflict: (n) => `Note: ${n} articles give different figures for this; the newest is first.`,
  overviewHeadline: (province) => `${province} — digital transformation in figures:`,
  pillar: (name) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
  comparisonTitle,
  comparisonHeadline: (measure) => `${comparisonTitle(measure)}:`,
  comparisonMissing: (province, measure) => `${province}: the articles give no figure for ${measure}.`,
  comparisonPeriodsDiffer: "Note: the figures are from different periods, so compare with care.",
  comparisonDefinitionsDiffer: "Note: the articles do not measure this in quite the same way (see the quotes below).",
  comparisonGoalAndResult: "Note: some figures are targets, not results.",
  comparisonAhead: (ahead, behind, kind, gap) => `→ ${ahead} is ${kind === "count" ? "more" : "higher"} than ${behind}${gap ? ` (by ${gap}${kind === "percent" ? " percentage points" : ""}, worked out from the two figures)` : ""}.`,
  comparisonRankedAbove: (ahead, behind, places) => `→ ${ahead} ranks above ${behind}${places ? ` by ${places} place${places > 1 ? "s" : ""} (worked out from the two figures)` : ""}.`,
  comparisonEven: (a, b) => `→ ${a} and ${b} are level.`,
  rankingTitle,
  rankingHeadline: (measure) => `${rankingTitle(measure)}:`,
  rankingCaveat: (n) => `Only the ${n} provinces with articles are included.`,
  rankingLeftOut: (names) => `${names} left out, as asked.`,
  newerRanks: (year) => `Figures after ${year}`,
  rankingYearMissing: (year) => `Note: the articles give no figures for ${year}; these are each province's latest.`,
  comparisonYearMissing: (year) => `Note: not every figure here is for ${year}; each is given with its own date.`,
  rankingNone: (measure) => `The articles I have give no comparable figures for ${measure}.`,
  placeIsProvince: (province) => `This figure is for the whole of ${province}.`,
  placeIsLocal: (place, province) => `This figure is for ${place} (${province}) only, not the whole province.`,
  placeIsCountry: "This figure is for the whole country, not one province.",
  placeIsRegion: "This is a rank within the region, not the whole country.",
  periodOf: (period) => `This figure is for: ${period}.`,
  periodUnstated: (published) => `The sentence stating this figure does not say when it is from${published ? ` (the article was published ${published})` : ""}.`,
  pillarsHeadline: (place, by, year) => `${place}'s digital transformation pillars by ${by}${year ? ` (${year})` : ""}:`,
  pillarsBest: (pillar, lowest) => `→ ${lowest ? "Lowest" : "Highest"}: ${pillar}.`,
  pillarsByRank: "rank",
  pillarsByScore: "score",
  pillarsNone: (place, by) => `The articles I have on ${place} give no ${by} for each pillar.`,
  articlesHeadline: (place) => `The articles I have on ${place}:`,
  articleLine: (title, author, source, date) => {
    const said = [author, source, date ? `published ${date}` : null].filter(Boolean).join(", ");
    return `“${title}” — ${said || "the article gives no author, publisher or date"}`;
  },
  sourcesHeadline: "Sources of the previous answer:",
  sourcesNone: "No answer with sources yet. Ask for a figure first.",
  moreNone: "I have no other figures on this.",
  moreNoContext: "Which province and topic? Ask for a figure first, e.g. “How many online public services does Lào Cai have?”.",
  moreHeadline: (province) => `More figures on ${province}:`,
  listHeadline: "Provinces with data:",
  listLine: (province, facts, articles) => `${province}: ${facts} figures from ${articles} articles`,
  merger: (former, current) => `Note: the article is about the former province of ${former}; since 1 July 2025 ${former} is part of ${current}.`,
  renamed: (former, current) => `Note: since 1 July 2025, ${former} is ${current}.`,
  mergedInto: (asked, formers) => `Since 1 July 2025, ${asked} includes ${list(formers)}; the figures below come from articles on these former provinces.`,
  sourcesLabel: "Sources (quoted in Vietnamese)",
  suggestion: {
    more: "More details",
    sources: "Sources?",
    overview: (p) => `Summary of ${p}`,
    ask: (province, measure) => `${province}: ${measure}?`,
  },
};
