/**
 * The questions the scale benchmark asks of a synthetic corpus: the figure questions whose right
 * answer the generator knows, and questions reaching every other intent (overview, comparison,
 * ranking, list, no data, clarify, off-topic, greeting, follow-ups in a conversation), written
 * for the synthetic corpus, not taken from the eval set. Each round draws other questions, so
 * that no answer is timed twice for the same question.
 */
import { withoutDiacritics, type SyntheticArticle } from "../synthetic/article.js";
import { figureQuestions, provincesOf, type FigureQuestion } from "../synthetic/corpus.js";
import { Random } from "../synthetic/random.js";

/** One turn the benchmark sends. */
export interface ScaleTurn {
  readonly text: string;
  /** What the question was written to reach ("figure", "overview", "follow-up"…). */
  readonly kind: string;
  /** Turns of one conversation share it; else each turn is a chat of its own. */
  readonly chat: string | null;
  /** For a figure question: its right answer. */
  readonly expected: FigureQuestion | null;
}

/** What an answer process asks: turns to warm the process up (not timed), then timed rounds. */
export interface ScaleTurns {
  readonly warmUp: readonly ScaleTurn[];
  readonly rounds: readonly (readonly ScaleTurn[])[];
}

/** Figure questions asked per round. */
export const FIGURE_QUESTIONS = 200;

const OVERVIEW = ["Chuyển đổi số ở {P} ra sao?", "tom tat {p}", "Xã hội số {P}", "kinh te so {p} the nao"];
const COMPARE = [
  "so sánh tỷ lệ hộ gia đình có internet cáp quang {P} và {Q}",
  "so sanh so may atm {p} va {q}",
  "So sánh số doanh nghiệp công nghệ số của {P} với {Q}",
  "so sánh {P} và {Q}",
];
const RANKING = [
  "tỉnh nào có nhiều máy ATM nhất?",
  "tỉnh nào có tỷ lệ hộ gia đình có internet cáp quang cao nhất?",
  "tinh nao co nhieu doanh nghiep cong nghe so nhat",
  "tỉnh nào có tỷ lệ người dân có điện thoại thông minh cao nhất?",
  "tỉnh nào có nhiều thành viên tổ công nghệ số cộng đồng nhất?",
  "tỉnh nào có nhiều camera giám sát nhất?",
  "tinh nao co ty le hop thu cong vu cao nhat",
  "tỉnh nào có nhiều chợ thanh toán không dùng tiền mặt nhất?",
  "tỉnh nào có tỷ lệ hồ sơ giải quyết đúng hạn cao nhất?",
  "tinh nao co nhieu nguoi co dinh danh dien tu nhat",
  "tỉnh nào có nhiều dịch vụ công trực tuyến nhất?",
  "tỉnh nào có tỷ lệ hài lòng với dịch vụ công cao nhất?",
  "tỉnh nào có mật độ điện thoại thấp nhất?",
  "tinh nao co nhieu may pos nhat",
  "tỉnh nào xếp hạng chuyển đổi số cao nhất?",
];
const CLARIFY = [
  "tỷ lệ là bao nhiêu?",
  "có bao nhiêu máy ATM?",
  "bao nhiêu doanh nghiệp công nghệ số?",
  "ty le ho gia dinh co internet cap quang",
  "có bao nhiêu thành viên tổ công nghệ số cộng đồng?",
  "số camera giám sát là bao nhiêu?",
];
const TALK: readonly [string, string][] = [
  ["có dữ liệu tỉnh nào?", "list"],
  ["hát một bài đi", "offtopic"],
  ["xin chào", "greeting"],
  ["bạn giúp được gì?", "help"],
];
const NODATA = ["{P} có bao nhiêu doanh nghiệp công nghệ số?", "{p} chuyen doi so the nao"];

const fill = (t: string, P: string, Q = "") => t.replace("{P}", P).replace("{Q}", Q).replace("{p}", withoutDiacritics(P)).replace("{q}", withoutDiacritics(Q));

/** The turns of one round, drawn from the seed and the round's name ("round-0", "warm-up"). */
export function scaleTurns(seed: string, articles: readonly SyntheticArticle[], draw: string): ScaleTurn[] {
  const rng = new Random(`${seed}/turns/${draw}/${articles.length}`);
  const provinces = [...new Set(articles.flatMap((a) => a.provinces))].sort();
  const figures = figureQuestions(seed, articles, FIGURE_QUESTIONS, draw);
  const turn = (text: string, kind: string, chat: string | null = null): ScaleTurn => ({ text, kind, chat, expected: null });
  const out: ScaleTurn[] = figures.map((f) => ({ text: f.text, kind: "figure", chat: null, expected: f }));
  for (let i = 0; i < 10; i++) out.push(turn(fill(OVERVIEW[i % OVERVIEW.length]!, rng.pick(provinces)), "overview"));
  for (let i = 0; i < 10; i++) {
    const [P, Q] = rng.sample(provinces, 2);
    out.push(turn(fill(COMPARE[i % COMPARE.length]!, P!, Q ?? P!), "comparison"));
  }
  for (const text of rng.sample(RANKING, 5)) out.push(turn(text, "ranking"));
  for (const text of rng.sample(CLARIFY, 2)) out.push(turn(text, "clarify"));
  for (const [text, kind] of TALK) out.push(turn(text, kind));
  for (const p of provincesOf(seed).uncovered) out.push(turn(fill(rng.pick(NODATA), p), "nodata"));
  // Conversations: a figure question, then a follow-up on another province, more, and sources.
  figureQuestions(seed, articles, 10, `${draw}/conversations`).forEach((f, i) => {
    const chat = `conversation-${i}`;
    out.push(turn(f.text, "figure", chat));
    out.push(turn(`còn ${rng.pick(provinces)} thì sao?`, "follow-up", chat));
    out.push(turn("chi tiết hơn", "more", chat));
    out.push(turn("nguồn?", "source", chat));
  });
  return out;
}

/** A warm-up round and `rounds` timed rounds, each drawn on its own. */
export function scaleRounds(seed: string, articles: readonly SyntheticArticle[], rounds: number): ScaleTurns {
  return {
    warmUp: scaleTurns(seed, articles, "warm-up"),
    rounds: Array.from({ length: rounds }, (_, r) => scaleTurns(seed, articles, `round-${r}`)),
  };
}
