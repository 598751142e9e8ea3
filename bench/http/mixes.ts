/**
 * The questions of the HTTP bench's load runs, written for it (not the quality sets): a realistic
 * mix, drawn Zipf-like from a few hundred questions asked in many chats with follow-ups among
 * them, and a stream of all-distinct questions that no kept answer or reading can serve.
 */
import { foldText } from "../../knowledge/index.js";
import { seededRandom } from "../../test/support/random.js";

/** The five shipped articles' provinces, as people write them. */
const PROVINCES = ["Long An", "Kiên Giang", "An Giang", "Hậu Giang", "Lào Cai"];
/** Provinces without articles: asked too, and answered "no data". */
const OTHERS = ["Nam Định", "Bắc Ninh", "Đà Nẵng"];

/** What people ask a count of. */
const COUNTS = [
  "doanh nghiệp công nghệ số",
  "lao động trong doanh nghiệp công nghệ số",
  "dịch vụ công trực tuyến",
  "hồ sơ trực tuyến",
  "người dùng VNeID",
  "người có định danh điện tử",
  "chợ thanh toán không dùng tiền mặt",
  "máy ATM",
  "tổ công nghệ số cộng đồng",
  "thành viên tổ công nghệ số cộng đồng",
  "sản phẩm OCOP trên sàn thương mại điện tử",
  "điểm phát wifi miễn phí",
  "camera giám sát",
  "tài khoản thanh toán",
];

/** What people ask a share of. */
const SHARES = [
  "hộ gia đình có internet cáp quang",
  "dân số trưởng thành có điện thoại thông minh",
  "sử dụng hộp thư công vụ",
  "hồ sơ trực tuyến toàn trình",
  "kinh tế số trong GRDP",
  "người dân có tài khoản thanh toán",
];

const COUNT_FORMS = [(p: string, m: string) => `${p} có bao nhiêu ${m}?`, (p: string, m: string) => `số ${m} của ${p}`, (p: string, m: string) => `cho mình hỏi ${p} có bao nhiêu ${m} ạ`];
const SHARE_FORMS = [(p: string, m: string) => `tỷ lệ ${m} ở ${p} là bao nhiêu?`, (p: string, m: string) => `${p} tỷ lệ ${m}`, (p: string, m: string) => `${m} ${p} đạt bao nhiêu %`];
const OTHER_FORMS = [
  (p: string) => `Chuyển đổi số ở ${p} thế nào?`,
  (p: string) => `${p} xếp hạng DTI năm 2022`,
  (p: string) => `so sánh ${p} và ${PROVINCES[(PROVINCES.indexOf(p) + 1) % PROVINCES.length]}`,
  (p: string) => `còn ${p} thì sao?`,
];
/** Follow-ups: what they mean depends on the chat's conversation. */
const FOLLOW_UPS = ["còn Kiên Giang thì sao?", "năm trước thì sao?", "nguồn?", "chi tiết hơn", "còn số lao động?", "Lào Cai thì sao", "so với An Giang?"];
const RANKINGS = ["tỉnh nào có nhiều dịch vụ công trực tuyến nhất?", "tỉnh nào có tỷ lệ dùng điện thoại thông minh cao nhất?", "xếp hạng các tỉnh theo doanh nghiệp công nghệ số"];
/** What people write before a question, so that the distinct stream never repeats a message. */
const OPENINGS = ["", "ad ơi ", "cho hỏi ", "mình muốn biết ", "bot ơi, ", "xin hỏi: "];

/** Every question of the pool, each once, accented and typed without marks. */
function questionPool(): string[] {
  const pool: string[] = [];
  for (const p of [...PROVINCES, ...OTHERS]) {
    for (const [i, m] of COUNTS.entries()) pool.push(COUNT_FORMS[i % COUNT_FORMS.length]!(p, m));
    for (const [i, m] of SHARES.entries()) pool.push(SHARE_FORMS[i % SHARE_FORMS.length]!(p, m));
    for (const f of OTHER_FORMS) pool.push(f(p));
  }
  const typed = pool.filter((_, i) => i % 2 === 0).map((q) => foldText(q).replace(/[?]/g, ""));
  return [...new Set([...pool, ...typed, ...FOLLOW_UPS, ...RANKINGS])];
}

/** A message of a load run: the number of the chat it continues and its words. */
export interface BenchMessage {
  readonly chat: number;
  readonly text: string;
}

/**
 * The realistic mix: a question drawn with probability ∝ 1/rank (Zipf, s = 1) from the pool,
 * follow-ups among them, in one of `chats` chats chosen at random.
 */
export function realisticMix(chats = 2000, seed = 7): { readonly questions: number; next(): BenchMessage } {
  const pool = questionPool();
  const next = seededRandom(seed);
  // Ranks shuffled, so that the most asked are not all of one province or form.
  const order = pool.map((q) => ({ q, k: next() })).sort((a, b) => a.k - b.k).map((x) => x.q);
  const weights = order.map((_, r) => 1 / (r + 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return {
    questions: order.length,
    next() {
      const u = next();
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return { chat: Math.floor(next() * chats), text: order[lo]! };
    },
  };
}

/**
 * All-distinct questions, each in a new chat: the pool's questions under each opening, then the
 * same again with a different ending once those run out (a run long enough to use them all says
 * so by `repeatsAfter`).
 */
export function distinctStream(): { readonly repeatsAfter: number; next(): BenchMessage } {
  const pool = questionPool().filter((q) => !FOLLOW_UPS.includes(q));
  const endings = ["", " nhé", " vậy", " ạ", " thế", " nhỉ"];
  const all = endings.flatMap((e) => OPENINGS.flatMap((o) => pool.map((q) => `${o}${q}${e}`)));
  let n = 0;
  return {
    repeatsAfter: all.length,
    next: () => ({ chat: n, text: all[n++ % all.length]! }),
  };
}
