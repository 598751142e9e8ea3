import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readArticleFiles } from "../../adapters/knowledge-files.js";
import { AnswerSchema, MemoryConversationStore, createBot, toContract, type Answer, type Bot } from "../../bot/index.js";
import { DEFAULT_CORPUS_DIR, buildKnowledge, normalizeText, type Knowledge } from "../../knowledge/index.js";

let knowledge: Knowledge;
const articleText = (id: string) => normalizeText(readFileSync(join(DEFAULT_CORPUS_DIR, `${id}.txt`), "utf8"));

beforeAll(() => {
  knowledge = buildKnowledge(readArticleFiles(DEFAULT_CORPUS_DIR)).knowledge;
});

function newBot(now = () => 0): Bot {
  return createBot({ knowledge, store: new MemoryConversationStore({ ttlMs: 60_000, now }) });
}

/** Every quote must stand verbatim in its article. */
function expectVerbatim(a: Answer): void {
  for (const c of a.citations) expect(articleText(c.articleId)).toContain(normalizeText(c.quote));
}

async function ask(bot: Bot, text: string, chatId = "c"): Promise<Answer> {
  const a = await bot.answer({ channel: "test", chatId, text });
  expectVerbatim(a);
  return a;
}

describe("answer: one intent per row", () => {
  const rows: { text: string; intent: string; figure?: string; province?: string }[] = [
    { text: "Long An có bao nhiêu doanh nghiệp công nghệ số?", intent: "figure", figure: "277 doanh nghiệp công nghệ số" },
    { text: "long an co bao nhieu doanh nghiep cong nghe so", intent: "figure", figure: "277 doanh nghiệp công nghệ số" },
    { text: "Long An có bao nhiêu doanh nghiệp công nghệ số?".normalize("NFD"), intent: "figure", figure: "277 doanh nghiệp công nghệ số" },
    { text: "Long An có bao nhiêu doanh nghiep cong nghê sô?", intent: "figure", figure: "277" },
    { text: "ty le hop thu cong vu long an", intent: "figure", figure: "92%" },
    { text: "Tỷ lệ hộp thư điện tử công vụ Long An", intent: "figure", figure: "92%" },
    { text: "Lào Cai có bao nhiêu người dùng VNeID?", intent: "figure", figure: "460.643" },
    { text: "Kiên Giang có bao nhiêu máy ATM?", intent: "figure", figure: "333 máy ATM" },
    { text: "Long An DTI năm 2022 đứng thứ mấy?", intent: "figure", figure: "10/63" },
    { text: "Hậu Giang chuyển đổi số ra sao?", intent: "overview", province: "Hậu Giang" },
    { text: "tom tat kien giang", intent: "overview", province: "Kiên Giang" },
    { text: "so sánh tỷ lệ dùng smartphone An Giang và Long An", intent: "comparison", figure: "66,2%" },
    { text: "tỉnh nào có nhiều dịch vụ công trực tuyến nhất?", intent: "ranking" },
    { text: "có dữ liệu tỉnh nào?", intent: "list" },
    { text: "chào bot", intent: "greeting" },
    { text: "bạn giúp được gì?", intent: "help" },
    { text: "Bắc Ninh có bao nhiêu doanh nghiệp công nghệ số?", intent: "nodata", province: "Bắc Ninh" },
    { text: "Quảng Ninh chuyển đổi số thế nào?", intent: "nodata", province: "Quảng Ninh" },
    { text: "tỷ lệ là bao nhiêu?", intent: "clarify" },
    { text: "tỷ giá đô la hôm nay", intent: "offtopic" },
    { text: "Kể chuyện cười đi", intent: "offtopic" },
    { text: "xếp hạng DTI các tỉnh", intent: "ranking" },
    { text: "DTI là gì?", intent: "definition", province: "DTI (Chỉ số chuyển đổi số cấp tỉnh) là bộ chỉ số" },
    { text: "to cong nghe so cong dong la gi", intent: "definition", province: "Tổ công nghệ số cộng đồng là tổ" },
  ];
  it.each(rows)("$text → $intent", async ({ text, intent, figure, province }) => {
    const a = await ask(newBot(), text);
    expect(a.intent).toBe(intent);
    if (figure) {
      expect(a.text).toContain(figure);
      expect(a.citations[0]!.quote).toContain(figure.split(" ")[0]);
    }
    if (["greeting", "help", "list", "nodata", "clarify", "offtopic", "definition"].includes(intent)) {
      expect(a.facts).toEqual([]);
      expect(a.citations).toEqual([]);
    }
    if (province) expect(a.text).toContain(province);
  });

  it("ranks with the caveat that only provinces with articles count, counting the noun asked", async () => {
    const a = await ask(newBot(), "tỉnh nào có nhiều dịch vụ công trực tuyến nhất?");
    expect(a.text).toContain("Chỉ gồm 5 tỉnh có bài viết");
    // Services on the national public-service portal are online ones, as An Giang's are.
    expect(a.series.map((s) => [s.label, s.raw])).toEqual([
      ["Lào Cai", "1.837"],
      ["Long An", "1.600"],
      ["An Giang", "1.250"],
    ]);
  });

  it("compares the same measure side by side, as a chart series", async () => {
    const a = await ask(newBot(), "so sánh tỷ lệ dùng smartphone An Giang và Long An");
    expect(a.series.map((s) => [s.label, s.raw])).toEqual([
      ["An Giang", "66,2%"],
      ["Long An", "88%"],
    ]);
  });

  it("compares a province's own figures, labelled with the measure understood, however typed", async () => {
    const a = await ask(newBot(), "so sanh ho so nop truc tuyen Lao Cai va Long An");
    expect(a.headline).toBe("So sánh hồ sơ nộp trực tuyến:");
    expect(a.series.map((s) => s.label)).toEqual(["Lào Cai", "Long An"]);
    expect(a.text).not.toContain("Gia Phú");
    expect(a.suggestions.map((s) => s.text)).toEqual(["Tóm tắt Lào Cai", "Tóm tắt Long An", "Nguồn?"]);
    // "hop" alone is most often "hợp" in the articles; before "thu" it is "hộp".
    const mailbox = await ask(newBot(), "ty le hop thu cong vu long an nam 2025");
    expect(mailbox.headline).toBe("Các bài viết tôi có không có số liệu năm 2025 về tỷ lệ hộp thư công vụ của Long An.");
  });

  it("says a province lacks a count asked for rather than give it another kind of figure", async () => {
    const a = await ask(newBot(), "so sánh số doanh nghiệp công nghệ số Long An và Kiên Giang");
    expect(a.text).toContain("• Long An: 277 doanh nghiệp công nghệ số [1]\n• Kiên Giang: các bài viết không nêu số doanh nghiệp công nghệ số.");
    // One bar compares nothing: no chart.
    expect(a.series).toEqual([]);
    expect(a.blocks.some((b) => b.kind === "series")).toBe(false);
  });

  it("ranks the DTI in the year most provinces are ranked, newer ranks after, goals and other rankings left out", async () => {
    const a = await ask(newBot(), "xếp hạng DTI các tỉnh");
    expect(a.headline).toBe("Xếp theo thứ hạng DTI, trong các tỉnh có bài viết:");
    // Kiên Giang's "top 10" and An Giang's "nhóm 20" are goals; Lào Cai's 5/63 ranks public services.
    // Both ranked in 2021; Long An's 10/63 of 2022 orders nothing against Hậu Giang's 17/63 of 2021.
    expect(a.series.map((s) => [s.label, s.raw])).toEqual([
      ["Long An", "16/63"],
      ["Hậu Giang", "17/63"],
    ]);
    expect(a.text).toContain("Số liệu sau năm 2021:\n• Long An: vị trí 10/63 — chỉ số chuyển đổi số (DTI) (năm 2022) [1]");
    expect(a.suggestions.at(-1)?.text).toBe("Nguồn?");
  });

  it("ranks only figures that measure what is asked, not figures whose sentence mentions it", async () => {
    // Hậu Giang's "Tổ công nghệ số cộng đồng đến 100% các ấp … nộp hồ sơ trực tuyến" is a share of
    // hamlets; Long An's "giảm 50% lệ phí nộp hồ sơ trực tuyến" is a fee cut. Long An's "570 dịch
    // vụ công trực tuyến phát sinh hồ sơ trực tuyến (đạt 97,10%)" and An Giang's "Tỷ lệ dịch vụ
    // công trực tuyến mức độ 3, 4 phát sinh hồ sơ trực tuyến đạt 91,9%" are shares of services,
    // not of applications: Long An's applications filed online are its 94,91%.
    const a = await ask(newBot(), "xếp hạng các tỉnh về tỷ lệ hồ sơ trực tuyến");
    expect(a.headline).toBe("Xếp theo tỷ lệ hồ sơ trực tuyến, trong các tỉnh có bài viết:");
    expect(a.series.map((s) => [s.label, s.raw])).toEqual([
      ["Long An", "94,91%"],
      ["Lào Cai", "83,92%"],
    ]);
    // Lào Cai's 95% is Bảo Thắng district's; Kiên Giang's 80% is a goal; Kiên Giang's "100% dịch vụ
    // công trực tuyến … cho người dân" is a share of services.
    const phones = await ask(newBot(), "tỉnh nào có tỷ lệ người dân có điện thoại thông minh cao nhất");
    expect(phones.series.map((s) => [s.label, s.raw])).toEqual([
      ["Long An", "88%"],
      ["An Giang", "66,2%"],
    ]);
  });

  it("ranks goals when goals are asked, marked as goals", async () => {
    const a = await ask(newBot(), "mục tiêu xếp hạng DTI của các tỉnh");
    expect(a.text).toContain("Kiên Giang: mục tiêu top 10");
  });

  it("compares a figure only with one of the same measure, a figure that restates the one before it included", async () => {
    // "Tổng số người tham gia là hơn 700 người" (a training in An Giang) is not people using VNeID.
    const vneid = await ask(newBot(), "so sánh số người dùng VNeID của An Giang và Lào Cai");
    expect(vneid.text).toContain("• An Giang: các bài viết không nêu số người VNeID.\n• Lào Cai: 460.643 người");
    const cashless = await ask(newBot(), "so sánh Lào Cai và Hậu Giang về thanh toán không dùng tiền mặt");
    expect(cashless.series).toEqual([]);
  });

  it("answers a rate only with a rate of what is asked, else says the articles lack it", async () => {
    // Not "3 cấp chính quyền", a count, nor "100% các ấp", a share of hamlets.
    expect((await ask(newBot(), "tỷ lệ hồ sơ trực tuyến Hậu Giang")).headline).toBe("Các bài viết tôi có về Hậu Giang không nêu tỷ lệ hồ sơ trực tuyến.");
    // Asked for the fee cut itself, it is the answer, named by what it cuts.
    expect((await ask(newBot(), "Long An giảm bao nhiêu phần trăm lệ phí nộp hồ sơ trực tuyến")).headline).toBe("Long An: giảm 50% — lệ phí nộp hồ sơ trực tuyến [1].");
  });

  it("greets with a one-line headline", async () => {
    const a = await ask(newBot(), "xin chào");
    expect(a.headline).toBe("Xin chào! Tôi là trợ lý số liệu chuyển đổi số. Tôi trả lời bằng con số trích nguyên văn từ bài viết có nguồn.");
    expect(a.text.startsWith(`${a.headline}\nHiện tôi có số liệu về: `)).toBe(true);
  });

  it("overviews a province with 3 to 6 figures, every citation from its article", async () => {
    const a = await ask(newBot(), "Chuyển đổi số ở Lào Cai");
    expect(a.citations.length).toBeGreaterThanOrEqual(3);
    expect(a.citations.length).toBeLessThanOrEqual(6);
    expect(new Set(a.citations.map((c) => c.articleId))).toEqual(new Set(["001_94f021437548c670"]));
  });
});

describe("answer: no figure", () => {
  it("names what was asked in the articles' words, never unmarked words it could only guess", async () => {
    expect((await ask(newBot(), "Long An có bao nhiêu trạm sạc xe điện")).headline).toBe("Các bài viết tôi có về Long An không nêu số trạm sạc xe điện.");
    expect((await ask(newBot(), "mua sen o long an thang may dep nhat")).headline).toBe("Các bài viết tôi có về Long An không nêu số liệu này.");
  });
});

describe("answer: the 2025 merger", () => {
  it("answers Tây Ninh from the articles on former Long An, and says so", async () => {
    const a = await ask(newBot(), "Tây Ninh có bao nhiêu thành viên tổ công nghệ số cộng đồng?");
    expect(a.text).toContain("5.500");
    expect(a.text).toContain("Tây Ninh");
    expect(a.facts[0]!.province).toBe("Long An");
  });

  it("says Kiên Giang is now part of An Giang", async () => {
    const a = await ask(newBot(), "Kiên Giang có bao nhiêu máy ATM?");
    expect(a.text).toContain("từ 1/7/2025 Kiên Giang là một phần của tỉnh An Giang");
  });

  it("covers both former provinces for An Giang mới", async () => {
    const a = await ask(newBot(), "An Giang mới có bao nhiêu chữ ký số?");
    expect(a.text).toContain("11.000");
    expect(a.facts[0]!.province).toBe("Kiên Giang");
  });
});

describe("answer: conversations", () => {
  it("resolves follow-ups across turns", async () => {
    const bot = newBot();
    expect((await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?")).text).toContain("277");
    const second = await ask(bot, "còn số lao động thì sao?");
    expect(second.text).toContain("4.700");
    const third = await ask(bot, "nguồn?");
    expect(third.intent).toBe("source");
    expect(third.text).toContain("Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số");
    const fourth = await ask(bot, "còn Lào Cai?");
    expect(fourth.provinces).toEqual(["Lào Cai"]);
    expect(fourth.facts).toEqual([]);
  });

  it("shows other figures on 'chi tiết hơn', never the same twice", async () => {
    const bot = newBot();
    const first = await ask(bot, "Lào Cai có bao nhiêu dịch vụ công trực tuyến?");
    const more = await ask(bot, "chi tiết hơn");
    const raws = (a: Answer) => a.citations.map((c) => c.quote);
    expect(more.citations.length).toBeGreaterThan(0);
    for (const q of raws(more)) expect(raws(first)).not.toContain(q);
  });

  it("forgets a conversation after its time to live", async () => {
    let now = 0;
    const bot = newBot(() => now);
    await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    now = 61_000;
    const late = await ask(bot, "còn số lao động thì sao?");
    expect(late.intent).toBe("clarify");
  });

  it("gives the same kept answer to a question that names its province, whatever the conversation before it", async () => {
    const bot = newBot();
    await ask(bot, "Lào Cai có bao nhiêu người dùng VNeID?", "x");
    await ask(bot, "Hậu Giang chuyển đổi số ra sao?", "y");
    const inX = await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "x");
    expect(await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "y")).toBe(inX);
    // Each conversation goes on from it: the follow-up is about Long An in both.
    expect((await ask(bot, "còn số lao động thì sao?", "x")).text).toContain("4.700");
    expect((await ask(bot, "còn số lao động thì sao?", "y")).text).toContain("4.700");
  });

  it("gives a kept answer again for the same message in the same state, and the state it left", async () => {
    const bot = newBot();
    const first = await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "a");
    const again = await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "b");
    expect(again).toBe(first);
    // Chat b goes on from the state the kept answer left.
    expect((await ask(bot, "còn số lao động thì sao?", "b")).text).toContain("4.700");
    // The same words in another state are another question: chat a asked "còn Lào Cai?" first.
    await ask(bot, "còn Lào Cai?", "a");
    expect((await ask(bot, "còn số lao động thì sao?", "a")).text).not.toContain("4.700");
    // Kept answers are an option: none kept, the answers are the same.
    const unkept = createBot({ knowledge, options: { answersKept: 0 } });
    const fresh = await ask(unkept, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    expect(fresh).not.toBe(first);
    expect(fresh).toEqual(first);
  });

  it("remembers the facts shown once each, however often the same is asked", async () => {
    const store = new MemoryConversationStore();
    const bot = createBot({ knowledge, store, options: { answersKept: 0 } });
    const shown = async () => (await store.get("repeat"))!.shownFactIds.length;
    await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "repeat");
    const once = await shown();
    expect(once).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "repeat");
    expect(await shown()).toBe(once);
  });

  it("keeps chats apart", async () => {
    const bot = newBot();
    await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?", "a");
    expect((await ask(bot, "còn số lao động thì sao?", "b")).intent).toBe("clarify");
  });
});

describe("MemoryConversationStore", () => {
  it("drops the least recently used chat beyond its bound", async () => {
    const store = new MemoryConversationStore({ maxChats: 2 });
    const state = { provinces: [], ask: null, intent: "figure" as const, year: null, shownFactIds: [], citations: [] };
    await store.set("a", state);
    await store.set("b", state);
    await store.get("a");
    await store.set("c", state);
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBeDefined();
    expect(store.size).toBe(2);
  });
});

// Words questions are made of, for messages in every order.
const QUESTION_WORDS = ["2023", "2021", "năm", "nam", "so", "số", "với", "từ", "thì", "sao", "thi", "bn", "bao nhiêu", "mấy", "%", "?", "tỷ lệ", "ti le", "Long An", "kg", "lao cai", "còn", "con", "cấp", "xã", "hạng", "thứ", "dvc", "hồ sơ", "tháng", "8", "có", "không", "ko", "trong đó", "top", "10", "mục tiêu", "đạt", "chưa", "so sánh", "và", "tỉnh nào", "nhất", "nguồn", "chi tiết hơn"];

describe("answer: any input", () => {
  it("returns a valid answer, quickly, for any string", async () => {
    const bot = newBot();
    const texts = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.constantFrom("\u200b\u200dLong An\u202e tỷ lệ", "مرحبا Long An", "😀".repeat(500), "a".repeat(10_000), "\u0000\u0007Lào Cai\u001b[31m"),
      fc.tuple(fc.constantFrom("Long An", "kien giang", "Tây Ninh", "Bắc Ninh"), fc.string({ maxLength: 50 })).map(([p, s]) => `${s} ${p} ${s}`),
      // The words of questions in any order, a year or a shorthand first or last: "2023 thi sao".
      fc.array(fc.constantFrom(...QUESTION_WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(" ")),
    );
    await fc.assert(
      fc.asyncProperty(texts, async (text) => {
        const started = performance.now();
        const a = await bot.answer({ channel: "test", chatId: "fuzz", text });
        expect(performance.now() - started).toBeLessThan(2000);
        // The contract is exactly the schema's shape: nothing missing, nothing more.
        expect(AnswerSchema.parse(toContract(a))).toEqual(toContract(a));
        expectVerbatim(a);
      }),
      { numRuns: 400 },
    );
  });
});

describe("answer: a name asked", () => {
  it("answers a site named only from a sentence naming it, never from the one before", async () => {
    // "… bán hàng trên 2 sàn là https://postmart.vn và https://voso.vn …" is the sentence before
    // the one naming longantrade.com.
    const bot = newBot();
    await bot.answer({ channel: "test", chatId: "n", text: "Long An có bao nhiêu người bán hàng trên postmart với voso vậy?" });
    const a = await bot.answer({ channel: "test", chatId: "n", text: "sàn longantrade thì sao" });
    expect(a.headline).toBe("Long An: khoảng 480 sản phẩm [1].");
    // A word the articles never use is no name to require: a typo weighs as before.
    const typo = await ask(newBot(), "long an co bao nhieu doanh nghiep cong nghe so xyzzyq");
    expect(typo.headline).toBe("Long An: 277 doanh nghiệp công nghệ số [1].");
  });
});

describe("answer: a figure proposed", () => {
  it("checks a figure the asker proposes as the article writes it, never as a level reached", async () => {
    const wrong = await ask(newBot(), "Long An có 300 doanh nghiệp công nghệ số đúng không?");
    expect(wrong.headline).toBe("Không đúng. Long An: 277 doanh nghiệp công nghệ số [1].");
    const right = await ask(newBot(), "long an co 277 doanh nghiep cong nghe so phai khong");
    expect(right.headline).toBe("Đúng. Long An: 277 doanh nghiệp công nghệ số [1].");
    // Digits swapped are no match; a level asked is reached or not yet.
    const swapped = await ask(newBot(), "Lào Cai tích hợp 1.873 dịch vụ công lên Cổng dịch vụ công quốc gia đúng chứ?");
    expect(swapped.headline).toBe("Không đúng. Lào Cai: 1.837 dịch vụ công [1].");
    const level = await ask(newBot(), "Long An đã đạt 90% hồ sơ nộp trực tuyến chưa?");
    expect(level.headline).toBe("Có. Long An: 94,91% — hồ sơ nộp trực tuyến (tháng 8/2023) [1].");
    // How far beyond its plan, proposed: checked as stated, not as "beyond it or not".
    const beyond = await ask(newBot(), "nghe nói Lào Cai vượt chỉ tiêu định danh điện tử 50% phải ko");
    expect(beyond.headline).toBe("Không đúng. Lào Cai: vượt 41% chỉ tiêu — đã có định danh điện tử mức 1, 2 [1].");
    // Several numbers proposed: right only if the sentence writes every one (it says 10 công ty).
    const several = await ask(newBot(), "Kiên Giang có 1.683 điểm giới thiệu dịch vụ của 12 công ty tài chính đúng không?");
    expect(several.headline).toBe("Không đúng. Kiên Giang: 1.683 điểm giới thiệu dịch vụ [1].");
  });

  it("checks a change proposed by its amount against the two levels stated, showing them", async () => {
    // 16/63 in 2021, 10/63 in 2022: six places up.
    expect((await ask(newBot(), "Long An tăng 8 bậc DTI từ 2021 lên 2022 phải không?")).headline).toBe("Không đúng. Long An tăng từ vị trí 16/63 (năm 2021) lên vị trí 10/63 (năm 2022).");
    expect((await ask(newBot(), "long an tang 6 bac dti tu 2021 len 2022 dung khong")).headline).toBe("Đúng. Long An tăng từ vị trí 16/63 (năm 2021) lên vị trí 10/63 (năm 2022).");
  });

  it("checks a bound or a round number as such, its scale counted", async () => {
    // "trên 3.000 máy POS": more than 2.000 is right, more than 4.000 is not.
    expect((await ask(newBot(), "Kiên Giang có trên 2.000 máy POS đúng không")).headline).toBe("Đúng. Kiên Giang: trên 3.000 máy POS [1].");
    expect((await ask(newBot(), "Kiên Giang có hơn 4.000 máy POS đúng không")).headline).toBe("Không đúng. Kiên Giang: trên 3.000 máy POS [1].");
    // "khoảng 4.700 lao động": about 4,7 nghìn, written with its scale.
    expect((await ask(newBot(), "doanh nghiệp công nghệ số Long An có khoảng 4,7 nghìn lao động phải không")).headline).toBe("Đúng. Long An: khoảng 4.700 lao động [1].");
  });
});

describe("answer: a whole stated only in parts", () => {
  it("says the total is not stated and gives each part, alone or beside another province", async () => {
    const alone = await ask(newBot(), "An Giang có bao nhiêu tổ công nghệ số cộng đồng?");
    expect(alone.headline).toBe("Các bài viết tôi có về An Giang không nêu tổng số tổ công nghệ số cộng đồng.");
    expect(alone.text).toContain("156 tổ");
    expect(alone.text).toContain("731 tổ");
    // A part named is answered.
    expect((await ask(newBot(), "An Giang có bao nhiêu tổ công nghệ số cấp khóm ấp?")).headline).toBe("An Giang: 731 tổ — Tổ cấp khóm/ấp [1].");
    const beside = await ask(newBot(), "So sánh số tổ công nghệ số cộng đồng của Long An và An Giang");
    expect(beside.text).toContain("An Giang: các bài viết không nêu tổng số tổ công nghệ số cộng đồng.");
  });
});

describe("answer: asked in the negative", () => {
  it("answers what did not happen only with a figure saying so, never the share that did", async () => {
    // Long An's 92% is of mailboxes used; Lào Cai's 376/612 schools do pay without cash.
    const unused = await ask(newBot(), "Bao nhiêu % hộp thư công vụ ở Long An chưa được sử dụng?");
    expect([unused.intent, unused.headline]).toEqual(["nodata", "Các bài viết tôi có về Long An không nêu tỷ lệ hộp thư công vụ chưa sử dụng."]);
    const schools = await ask(newBot(), "lào cai còn bao nhiêu cơ sở giáo dục chưa thanh toán không dùng tiền mặt");
    expect(schools.intent).toBe("nodata");
    expect(schools.text).not.toContain("376/612");
    // "không dùng tiền mặt" is the measure's own words, no negation asked.
    const cashless = await ask(newBot(), "lào cai có bao nhiêu cơ sở giáo dục thanh toán không dùng tiền mặt");
    expect(cashless.headline).toBe("Lào Cai: 376/612 cơ sở giáo dục [1].");
  });
});

describe("answer: a province added", () => {
  it("sets a province added after a comparison beside the ones compared, and ranks them on 'ai thấp nhất'", async () => {
    const bot = newBot();
    await ask(bot, "Lào Cai và Long An tỉnh nào tích hợp nhiều dịch vụ công lên Cổng dịch vụ công quốc gia hơn?");
    const added = await ask(bot, "thêm An Giang");
    expect([added.intent, added.series.map((s) => [s.label, s.raw])]).toEqual([
      "comparison",
      [
        ["Lào Cai", "1.837"],
        ["Long An", "1.480"],
        ["An Giang", "1.250"],
      ],
    ]);
    const lowest = await ask(bot, "ai thấp nhất");
    expect(lowest.series.map((s) => s.label)).toEqual(["An Giang", "Long An", "Lào Cai"]);
  });
});

describe("answer: the articles asked about", () => {
  it("lists a province's articles with what each states of itself, each cited, also for the article just cited", async () => {
    const a = await ask(newBot(), "bai lao cai ai viet");
    expect([a.intent, a.headline]).toEqual(["source", "Các bài viết tôi có về Lào Cai:"]);
    expect(a.text).toContain("• “Nhiều điểm sáng trong chuyển đổi số ở Lào Cai” — Hương Thu, TTXVN [1]");
    const bot = newBot();
    await ask(bot, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    const that = await ask(bot, "bài đó đăng trên báo nào");
    expect(that.text).toContain("• “Long An và Kiên Giang ghi nhận thành công ban đầu với Chuyển đổi số” — bài viết không ghi tác giả, nơi đăng hay ngày đăng [1]");
    expect(that.citations.length).toBe(1);
  });
});

describe("answer: two kinds asked at once", () => {
  it("answers a count asked beside a rate or a rank with both figures", async () => {
    const a = await ask(newBot(), "Long An có bao nhiêu hồ sơ nộp trực tuyến, đạt bao nhiêu %?");
    expect(a.headline).toBe("Long An: 94,91% — hồ sơ nộp trực tuyến (tháng 8/2023) [1].");
    expect(a.text).toContain("• Long An: trên 312.000 hồ sơ nộp trực tuyến (tháng 8/2023) [1]");
  });
});

describe("answer: when a figure holds", () => {
  it("says when the figure just given holds, or that its sentence does not say", async () => {
    const bot = newBot();
    await ask(bot, "Long An có bao nhiêu hồ sơ nộp trực tuyến?");
    const when = await ask(bot, "số liệu này tính đến khi nào?");
    expect(when.headline).toBe("Số liệu này là của: tháng 8/2023. Long An: trên 312.000 hồ sơ nộp trực tuyến (tháng 8/2023) [1].");
    const other = newBot();
    await ask(other, "Long An có bao nhiêu doanh nghiệp công nghệ số?");
    expect((await ask(other, "số liệu năm nào vậy")).headline).toBe("Câu chứa số liệu này không nêu thời điểm. Long An: 277 doanh nghiệp công nghệ số [1].");
  });
});

describe("answer: a number asked about", () => {
  it("says which figures are written with a number typed, with what each measures, or that none is", async () => {
    const bot = newBot();
    await ask(bot, "Kiên Giang có bao nhiêu tổ chức tín dụng?");
    const known = await ask(bot, "số 1.683 trong bài là số gì vậy?");
    expect(known.headline).toBe("Con số 1.683 trong các bài viết:");
    expect(known.text).toContain("• Kiên Giang: 1.683 điểm giới thiệu dịch vụ [1]");
    expect((await ask(newBot(), "số 777 là số gì")).headline).toBe("Các bài viết tôi có không có con số 777.");
  });
});

describe("answer: whose a figure is", () => {
  it("says whether the figure just given is the whole province's or a district's", async () => {
    const bot = newBot();
    await ask(bot, "Long An có bao nhiêu hồ sơ nộp trực tuyến?");
    expect((await ask(bot, "toàn tỉnh hay một huyện?")).headline).toBe("Số liệu này là của toàn tỉnh Long An. Long An: trên 312.000 hồ sơ nộp trực tuyến (tháng 8/2023) [1].");
    const local = newBot();
    await ask(local, "huyện Bảo Thắng có bao nhiêu sản phẩm OCOP lên sàn");
    expect((await ask(local, "số này của cả tỉnh hay của huyện")).headline).toBe(
      "Số liệu này là của riêng huyện Bảo Thắng (Lào Cai), không phải toàn tỉnh. huyện Bảo Thắng (Lào Cai): 30/30 sản phẩm OCOP [1].",
    );
  });
});

describe("answer: a ranking followed up", () => {
  it("ranks again for the year a follow-up names", async () => {
    const bot = newBot();
    await ask(bot, "xếp hạng DTI các tỉnh");
    const again = await ask(bot, "còn năm 2022 thì sao");
    expect([again.intent, again.headline]).toEqual(["ranking", "Xếp theo thứ hạng DTI, năm 2022, trong các tỉnh có bài viết:"]);
    expect(again.text).toContain("• Long An: vị trí 10/63 — chỉ số chuyển đổi số (DTI) (năm 2022) [1]");
  });

  it("orders again the figures just compared, and leaves out a province asked to be", async () => {
    const bot = newBot();
    await ask(bot, "Số dịch vụ công tích hợp lên Cổng dịch vụ công quốc gia của Lào Cai, An Giang và Long An");
    const ordered = await ask(bot, "xếp hạng từ cao xuống thấp");
    expect(ordered.headline).toBe("Xếp theo số dịch vụ công tích hợp lên Cổng dịch vụ công quốc gia, trong các tỉnh có bài viết:");
    expect(ordered.text.indexOf("Lào Cai: 1.837")).toBeLessThan(ordered.text.indexOf("Long An: 1.480"));
    const without = await ask(newBot(), "tỉnh nào có tỷ lệ hộ gia đình có internet cao nhất, bỏ Long An ra");
    expect(without.text).toContain("1. An Giang: 83,06%");
    expect(without.text).not.toContain("Long An: ");
    expect(without.text).toContain("Không tính Long An, như bạn yêu cầu.");
  });
});

// An article file as a reader of the corpus folder hands it over.
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("answer: which is ahead", () => {
  it("says which of two figures of one measure is ahead, and by how much where both are exact", async () => {
    const { knowledge: two } = buildKnowledge([
      file("a.txt", "Nam Định đẩy mạnh chuyển đổi số\n\nNăm 2023, tỉnh Nam Định có 350 doanh nghiệp công nghệ số hoạt động.\n"),
      file("b.txt", "Thái Bình đẩy mạnh chuyển đổi số\n\nNăm 2023, tỉnh Thái Bình có 1.420 doanh nghiệp công nghệ số hoạt động.\n"),
      file("c.txt", "Ninh Bình đẩy mạnh chuyển đổi số\n\nNăm 2023, tỉnh Ninh Bình có gần 500 doanh nghiệp công nghệ số hoạt động.\n"),
    ]);
    const bot = createBot({ knowledge: two });
    const a = await bot.answer({ channel: "test", chatId: "x", text: "Nam Định và Thái Bình tỉnh nào nhiều doanh nghiệp công nghệ số hơn?" });
    expect(a.text).toContain("→ Thái Bình nhiều hơn Nam Định (chênh 1.070, tính từ hai số liệu trên).");
    // "gần 500" is no exact figure: the order only.
    const b = await bot.answer({ channel: "test", chatId: "y", text: "so sánh số doanh nghiệp công nghệ số Nam Định và Ninh Bình" });
    expect(b.text).toContain("→ Ninh Bình nhiều hơn Nam Định.");
    // Ranks: the lower is ahead.
    const c = await ask(newBot(), "so sánh DTI năm 2021 của Long An và Hậu Giang");
    expect(c.text).toContain("→ Long An xếp trên Hậu Giang 1 bậc (tính từ hai số liệu trên).");
  });
});

describe("answer: a province's pillars", () => {
  it("sets a province's pillars side by side by rank, or by score when asked, and says which leads", async () => {
    const { knowledge: one } = buildKnowledge([
      file("a.txt", "Nam Định chuyển đổi số năm 2022\n\nNăm 2022, trụ cột chính quyền số của Nam Định xếp hạng thứ 12, trụ cột kinh tế số xếp hạng thứ 40 và trụ cột xã hội số xếp hạng thứ 21.\n"),
    ]);
    const bot = createBot({ knowledge: one });
    const a = await bot.answer({ channel: "test", chatId: "x", text: "nam dinh tru cot nao xep hang cao nhat" });
    expect([a.intent, a.headline]).toEqual(["ranking", "Các trụ cột chuyển đổi số của Nam Định theo thứ hạng (năm 2022):"]);
    expect(a.text).toContain("→ Cao nhất: chính quyền số.");
    const low = await bot.answer({ channel: "test", chatId: "y", text: "Nam Định trụ cột nào kém nhất?" });
    expect(low.text).toContain("→ Thấp nhất: kinh tế số.");
  });
});

describe("answer: articles that disagree", () => {
  it("shows the newest figure first and the other beside it, both cited, and says they differ", async () => {
    const { knowledge: two } = buildKnowledge([
      file("a.txt", "Nam Định đẩy mạnh chuyển đổi số\n\nNăm 2022, tỉnh Nam Định có 350 doanh nghiệp công nghệ số hoạt động.\n"),
      file("b.txt", "Kinh tế số Nam Định khởi sắc\n\nNăm 2023, tỉnh Nam Định có 420 doanh nghiệp công nghệ số hoạt động.\n"),
    ]);
    const bot = createBot({ knowledge: two });
    const a = await bot.answer({ channel: "test", chatId: "x", text: "Nam Định có bao nhiêu doanh nghiệp công nghệ số?" });
    expect(a.headline).toContain("420 doanh nghiệp công nghệ số");
    expect(a.text).toContain("350 doanh nghiệp công nghệ số");
    expect(a.text).toContain("2 bài viết nêu số liệu khác nhau");
    expect(a.citations.map((c) => c.articleId)).toEqual(["b", "a"]);
  });
});
