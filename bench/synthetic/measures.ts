/**
 * The measures the synthetic corpus reports, as sentence templates taken from the five real
 * articles (knowledge/corpus/default/): each template is one of their sentences with the
 * province, the figures and the periods left open, and says which measure each figure is,
 * what kind of number it is, and how people ask for it.
 *
 * Questions hold "{P}" for the province and "{nam}" for " năm 2023" (empty when the question
 * asks for the latest figure); a goal's questions name its horizon with "{H}".
 */
import type { Pillar, TopicId } from "../../knowledge/index.js";

/** How a measure's figure is drawn and written. */
export type ValueSpec =
  /** A percentage between lo and hi, rising by `perYear` points a year. */
  | { readonly kind: "percent"; readonly lo: number; readonly hi: number; readonly decimals: number; readonly perYear: number }
  /** A count between lo and hi, growing by the share `perYear` a year, rounded to `step`. */
  | { readonly kind: "count"; readonly lo: number; readonly hi: number; readonly perYear: number; readonly step: number }
  /** Millions written in words ("1,2 triệu"), rising by `perYear` million a year. */
  | { readonly kind: "millions"; readonly lo: number; readonly hi: number; readonly perYear: number }
  /** "x/y": y units in [lo, hi] fixed per province, x of them reached, a share rising by `perYear`. */
  | { readonly kind: "share"; readonly lo: number; readonly hi: number; readonly perYear: number; readonly padded: boolean }
  /** A rank among the 63 provinces, "x/63", one ranking a year. */
  | { readonly kind: "rank" };

/** One figure of a template: the measure it states. */
export interface FigureSpec {
  /** Name of the figure in the template's `render`. */
  readonly key: string;
  /** Identifier of the measure, unique in the catalog ("so-may-atm"). */
  readonly measure: string;
  readonly topic: TopicId;
  readonly value: ValueSpec;
  /** Years after the article's year the figure is about: -1 for last year's ranking. */
  readonly yearOffset?: number;
  /** A goal for the article's horizon year ("phấn đấu đến năm 2025"). */
  readonly target?: boolean;
  /** Questions whose answer is this figure; empty when people would not ask for it alone. */
  readonly questions: readonly string[];
}

/** What a template is rendered with. */
export interface TemplateContext {
  /** The province as the article names it. */
  readonly P: string;
  /** "tỉnh" or "thành phố". */
  readonly tinh: string;
  /** The article's year. */
  readonly Y: number;
  /** The goals' horizon year. */
  readonly H: number;
}

/** A figure drawn for a template: as written, and its value. */
export interface DrawnFigure {
  readonly raw: string;
  readonly value: number;
}

/** One sentence pattern of the real articles with its figures left open. */
export interface SentenceTemplate {
  readonly id: string;
  readonly pillar: Pillar;
  /** True when a period ("Trong 8 tháng đầu năm 2023, …") may open the sentence: it starts with a common noun. */
  readonly lead: boolean;
  /** Earliest article year the sentence fits (the DTI ranking exists from 2020). */
  readonly minYear?: number;
  readonly figures: readonly FigureSpec[];
  render(f: Readonly<Record<string, DrawnFigure>>, c: TemplateContext): string;
}

const pct = (lo: number, hi: number, decimals: number, perYear: number): ValueSpec => ({ kind: "percent", lo, hi, decimals, perYear });
const count = (lo: number, hi: number, perYear: number, step = 1): ValueSpec => ({ kind: "count", lo, hi, perYear, step });
const share = (lo: number, hi: number, perYear: number, padded = false): ValueSpec => ({ kind: "share", lo, hi, perYear, padded });

// A rank moves up when its number falls.
const trend = (before: DrawnFigure, after: DrawnFigure) => (after.value < before.value ? "lên" : after.value > before.value ? "xuống" : "và giữ");

/** The catalog. Every figure of every template is a measure of its own. */
export const TEMPLATES: readonly SentenceTemplate[] = [
  {
    id: "hop-thu",
    pillar: "chính quyền số",
    lead: true,
    figures: [
      {
        key: "mail",
        measure: "ty-le-hop-thu-cong-vu",
        topic: "chinh-quyen-so",
        value: pct(62, 90, 0, 1.5),
        questions: ["Tỷ lệ sử dụng hộp thư điện tử công vụ của {P}{nam}?", "Tỷ lệ hộp thư công vụ {P}{nam}", "{P} có tỷ lệ sử dụng thư điện tử công vụ là bao nhiêu{nam}?"],
      },
    ],
    render: (f, c) => `Tỷ lệ sử dụng hộp thư điện tử công vụ của ${c.tinh} đã cấp đạt ${f.mail!.raw}.`,
  },
  {
    id: "van-ban",
    pillar: "chính quyền số",
    lead: true,
    figures: [
      { key: "doc", measure: "ty-le-van-ban-dien-tu", topic: "chinh-quyen-so", value: pct(82, 97, 2, 0.6), questions: ["Tỷ lệ trao đổi văn bản điện tử giữa các cơ quan nhà nước ở {P}{nam}?", "Tỷ lệ trao đổi văn bản điện tử của {P}{nam} là bao nhiêu?"] },
      { key: "signed", measure: "ty-le-van-ban-ky-so", topic: "chinh-quyen-so", value: pct(55, 90, 2, 1.2), questions: ["Tỷ lệ văn bản điện tử có ký số của {P}{nam}?"] },
    ],
    render: (f, c) => `Tỷ lệ trao đổi văn bản điện tử giữa các cơ quan nhà nước của ${c.tinh} đạt ${f.doc!.raw}; tỷ lệ văn bản điện tử có ký số đạt ${f.signed!.raw}.`,
  },
  {
    id: "dung-han",
    pillar: "chính quyền số",
    lead: true,
    figures: [
      {
        key: "onTime",
        measure: "ty-le-ho-so-dung-han",
        topic: "chinh-quyen-so",
        value: pct(88, 98, 1, 0.3),
        questions: ["Tỷ lệ hồ sơ giải quyết đúng hạn của {P}{nam}?", "{P} giải quyết đúng hạn bao nhiêu phần trăm hồ sơ{nam}?"],
      },
    ],
    render: (f, c) => `tỷ lệ hồ sơ đã giải quyết đúng hạn công bố trên Cổng dịch vụ công của ${c.tinh} đạt ${f.onTime!.raw}.`,
  },
  {
    id: "cong-quoc-gia",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      {
        key: "integrated",
        measure: "so-dvc-tich-hop-cong-quoc-gia",
        topic: "chinh-quyen-so",
        value: count(600, 1900, 0.06),
        questions: ["{P} tích hợp bao nhiêu dịch vụ công lên Cổng dịch vụ công quốc gia{nam}?", "Số dịch vụ công của {P} tích hợp lên Cổng quốc gia{nam}"],
      },
      { key: "rank", measure: "hang-tich-hop-cong-quoc-gia", topic: "chinh-quyen-so", value: { kind: "rank" }, questions: [] },
    ],
    render: (f, c) => `Hệ thống dịch vụ công của ${c.tinh} đã tích hợp ${f.integrated!.raw} dịch vụ công lên Cổng dịch vụ công Quốc gia, đứng thứ ${f.rank!.raw} tỉnh, thành phố.`,
  },
  {
    id: "dvc-truc-tuyen",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      { key: "services", measure: "so-dvc-truc-tuyen", topic: "chinh-quyen-so", value: count(700, 1900, 0.05), questions: ["Cổng dịch vụ công {P} cung cấp bao nhiêu dịch vụ công trực tuyến{nam}?"] },
      { key: "used", measure: "so-dvc-phat-sinh-ho-so", topic: "chinh-quyen-so", value: count(150, 650, 0.1), questions: ["Bao nhiêu dịch vụ công trực tuyến của {P} phát sinh hồ sơ trực tuyến{nam}?"] },
      { key: "filed", measure: "so-ho-so-nop-truc-tuyen", topic: "chinh-quyen-so", value: count(40000, 500000, 0.25, 1000), questions: ["{P} có bao nhiêu hồ sơ nộp trực tuyến{nam}?", "Số hồ sơ nộp trực tuyến ở {P}{nam}"] },
    ],
    render: (f, c) =>
      `Cổng dịch vụ công của ${c.tinh} cung cấp gần ${f.services!.raw} dịch vụ công trực tuyến; có ${f.used!.raw} dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến và trên ${f.filed!.raw} hồ sơ nộp trực tuyến.`,
  },
  {
    id: "ho-so-truc-tuyen",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      { key: "received", measure: "ty-le-ho-so-tiep-nhan-truc-tuyen", topic: "chinh-quyen-so", value: pct(35, 85, 2, 3), questions: ["Tỷ lệ hồ sơ tiếp nhận trực tuyến của {P}{nam}?"] },
      { key: "signed", measure: "ty-le-ho-so-giai-quyet-ky-so", topic: "chinh-quyen-so", value: pct(12, 60, 0, 4), questions: ["Tỷ lệ hồ sơ giải quyết trực tuyến và ký số ở {P}{nam}?"] },
      { key: "returned", measure: "ty-le-ho-so-tra-ket-qua-truc-tuyen", topic: "chinh-quyen-so", value: pct(35, 80, 0, 3), questions: ["Tỷ lệ hồ sơ trả kết quả trực tuyến tại {P}{nam} là bao nhiêu?"] },
    ],
    render: (f) => `Tỷ lệ hồ sơ tiếp nhận trực tuyến là ${f.received!.raw}; tỷ lệ hồ sơ giải quyết trực tuyến và ký số ${f.signed!.raw}; tỷ lệ hồ sơ trả kết quả trực tuyến ${f.returned!.raw}.`,
  },
  {
    id: "hai-long",
    pillar: "chính quyền số",
    lead: true,
    figures: [
      {
        key: "satisfied",
        measure: "ty-le-hai-long-dvc",
        topic: "chinh-quyen-so",
        value: pct(78, 96, 0, 0.8),
        questions: ["Tỷ lệ hài lòng của người dân {P} khi sử dụng dịch vụ công{nam}?", "Người dân {P} hài lòng với dịch vụ công bao nhiêu phần trăm{nam}?"],
      },
    ],
    render: (f) => `tỷ lệ hài lòng của người dân khi sử dụng dịch vụ công đạt ${f.satisfied!.raw}.`,
  },
  {
    id: "du-lieu-mo",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      {
        key: "open",
        measure: "so-co-quan-du-lieu-mo",
        topic: "chinh-quyen-so",
        value: share(9, 24, 0.12, true),
        questions: ["Bao nhiêu cơ quan nhà nước cấp tỉnh ở {P} cung cấp dữ liệu mở{nam}?", "{P} có bao nhiêu cơ quan cung cấp dữ liệu mở{nam}?"],
      },
    ],
    render: (f) => `Đến nay, có ${f.open!.raw} cơ quan nhà nước cấp tỉnh cung cấp dữ liệu mở.`,
  },
  {
    id: "ioc",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      {
        key: "reports",
        measure: "so-phan-anh-ioc",
        topic: "chinh-quyen-so",
        value: count(60, 4000, 0.35),
        questions: ["Trung tâm IOC của {P} đã xử lý bao nhiêu phản ánh kiến nghị{nam}?", "IOC {P} tiếp nhận bao nhiêu phản ánh, kiến nghị{nam}?"],
      },
    ],
    render: (f, c) => `Trung tâm giám sát, điều hành thông minh (IOC) của ${c.tinh} đã tiếp nhận và xử lý ${f.reports!.raw} phản ánh, kiến nghị của người dân, doanh nghiệp.`,
  },
  {
    id: "dti",
    pillar: "chính quyền số",
    lead: false,
    minYear: 2021,
    figures: [
      {
        key: "dti",
        measure: "xep-hang-dti",
        topic: "xep-hang-dti",
        value: { kind: "rank" },
        yearOffset: -1,
        questions: ["{P} xếp hạng chuyển đổi số{nam}", "{P} đứng thứ mấy về chỉ số chuyển đổi số DTI{nam}?"],
      },
    ],
    // The year stands after the province: a period opening a sentence would date the whole paragraph.
    render: (f, c) => `Chỉ số chuyển đổi số (DTI) của ${c.tinh} ${c.P} năm ${c.Y - 1} xếp thứ ${f.dti!.raw} tỉnh, thành phố.`,
  },
  {
    id: "dti-hai-nam",
    pillar: "chính quyền số",
    lead: false,
    minYear: 2022,
    figures: [
      { key: "before", measure: "xep-hang-dti", topic: "xep-hang-dti", value: { kind: "rank" }, yearOffset: -2, questions: [] },
      { key: "after", measure: "xep-hang-dti", topic: "xep-hang-dti", value: { kind: "rank" }, yearOffset: -1, questions: ["{P} xếp hạng chuyển đổi số{nam}"] },
    ],
    render: (f, c) =>
      `Chỉ số chuyển đổi số (DTI) của ${c.tinh} đã chuyển từ vị trí ${f.before!.raw} tỉnh thành trên cả nước năm ${c.Y - 2} ${trend(f.before!, f.after!)} vị trí ${f.after!.raw} năm ${c.Y - 1}.`,
  },
  {
    id: "san-tmdt",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "sellers", measure: "so-to-chuc-ca-nhan-ban-hang-tmdt", topic: "kinh-te-so", value: count(4000, 70000, 0.15, 100), questions: ["{P} có bao nhiêu tổ chức, cá nhân bán hàng trên sàn thương mại điện tử{nam}?"] },
      { key: "products", measure: "so-san-pham-tren-san-tmdt", topic: "kinh-te-so", value: count(900, 12000, 0.15, 100), questions: [] },
    ],
    render: (f) => `Đến nay, có gần ${f.sellers!.raw} tổ chức, cá nhân bán hàng trên các sàn thương mại điện tử, với khoảng ${f.products!.raw} sản phẩm.`,
  },
  {
    id: "tem-qr",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "stamps", measure: "so-tem-qr", topic: "kinh-te-so", value: { kind: "millions", lo: 1, hi: 3.5, perYear: 0.3 }, questions: ["Có bao nhiêu tem truy xuất nguồn gốc bằng mã QR được hỗ trợ ở {P}{nam}?"] },
    ],
    render: (f, c) => `Đến nay, đã hỗ trợ hơn ${f.stamps!.raw} tem điện tử truy xuất nguồn gốc bằng mã QR cho nông sản của ${c.tinh}.`,
  },
  {
    id: "khong-tien-mat",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "malls", measure: "so-trung-tam-thuong-mai-ttkdtm", topic: "kinh-te-so", value: count(2, 9, 0.08), questions: ["Bao nhiêu trung tâm thương mại ở {P} thanh toán không dùng tiền mặt{nam}?"] },
      { key: "supermarkets", measure: "so-sieu-thi-ttkdtm", topic: "kinh-te-so", value: count(10, 45, 0.08), questions: ["Bao nhiêu siêu thị ở {P} thanh toán không dùng tiền mặt{nam}?"] },
      { key: "stores", measure: "so-cua-hang-ttkdtm", topic: "kinh-te-so", value: count(60, 800, 0.12), questions: ["{P} có bao nhiêu cửa hàng tiện ích thanh toán không dùng tiền mặt{nam}?"] },
      { key: "markets", measure: "so-cho-ttkdtm", topic: "kinh-te-so", value: count(12, 140, 0.12), questions: ["{P} có bao nhiêu chợ thanh toán không dùng tiền mặt{nam}?"] },
    ],
    render: (f) =>
      `Hiện có ${f.malls!.raw} trung tâm thương mại, ${f.supermarkets!.raw} siêu thị, hơn ${f.stores!.raw} cửa hàng tiện ích, trên ${f.markets!.raw} chợ triển khai thanh toán không dùng tiền mặt.`,
  },
  {
    id: "doanh-nghiep-cns",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "firms", measure: "so-doanh-nghiep-cns", topic: "kinh-te-so", value: count(80, 2400, 0.1), questions: ["{P} có bao nhiêu doanh nghiệp công nghệ số{nam}?"] },
      {
        key: "workers",
        measure: "so-lao-dong-doanh-nghiep-cns",
        topic: "cong-dong-nhan-luc",
        value: count(1000, 30000, 0.1, 100),
        questions: ["Doanh nghiệp công nghệ số ở {P} có bao nhiêu lao động{nam}?", "{P} có bao nhiêu lao động trong doanh nghiệp công nghệ số{nam}?"],
      },
    ],
    render: (f, c) => `Hiện tại, trên địa bàn ${c.tinh} có ${f.firms!.raw} doanh nghiệp công nghệ số hoạt động, với khoảng ${f.workers!.raw} lao động.`,
  },
  {
    id: "ocop",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "ocop", measure: "so-san-pham-ocop-len-san", topic: "kinh-te-so", value: share(40, 260, 0.1), questions: ["Bao nhiêu sản phẩm OCOP của {P} được đưa lên sàn thương mại điện tử{nam}?"] },
    ],
    render: (f, c) => `${c.P} đã đưa ${f.ocop!.raw} sản phẩm OCOP và sản phẩm đặc hữu của tỉnh lên các sàn thương mại điện tử.`,
  },
  {
    id: "ngan-hang",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "atm", measure: "so-may-atm", topic: "kinh-te-so", value: count(90, 800, 0.05), questions: ["{P} có bao nhiêu máy ATM{nam}?"] },
      { key: "pos", measure: "so-may-pos", topic: "kinh-te-so", value: count(900, 14000, 0.12, 100), questions: ["{P} có bao nhiêu máy POS{nam}?"] },
      { key: "cards", measure: "so-the-luu-hanh", topic: "kinh-te-so", value: { kind: "millions", lo: 0.6, hi: 4, perYear: 0.15 }, questions: ["Bao nhiêu thẻ ngân hàng đang lưu hành ở {P}{nam}?"] },
    ],
    render: (f, c) => `Các ngân hàng thương mại trên địa bàn ${c.tinh} lắp đặt ${f.atm!.raw} máy ATM, trên ${f.pos!.raw} máy POS, ${f.cards!.raw} thẻ đang lưu hành.`,
  },
  {
    id: "tin-dung",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      { key: "banks", measure: "so-to-chuc-tin-dung", topic: "kinh-te-so", value: count(20, 90, 0.03), questions: ["{P} có bao nhiêu tổ chức tín dụng{nam}?"] },
      { key: "branches", measure: "so-co-so-giao-dich-ngan-hang", topic: "kinh-te-so", value: count(90, 500, 0.04), questions: ["{P} có bao nhiêu cơ sở giao dịch ngân hàng{nam}?"] },
    ],
    render: (f, c) =>
      `${c.tinh === "tỉnh" ? "Tỉnh" : "Thành phố"} hiện có ${f.banks!.raw} tổ chức tín dụng hoạt động với mạng lưới ${f.branches!.raw} cơ sở giao dịch cung ứng dịch vụ tài chính ngân hàng cho người dân.`,
  },
  {
    id: "hoa-don",
    pillar: "kinh tế số",
    lead: true,
    figures: [{ key: "invoice", measure: "ty-le-hoa-don-dien-tu", topic: "kinh-te-so", value: pct(72, 96, 0, 1), questions: ["Tỷ lệ doanh nghiệp ở {P} sử dụng hóa đơn điện tử{nam}?"] }],
    render: (f) => `tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử đạt ${f.invoice!.raw}.`,
  },
  {
    id: "cap-quang",
    pillar: "xã hội số",
    lead: false,
    figures: [
      {
        key: "fiber",
        measure: "ty-le-ho-gia-dinh-cap-quang",
        topic: "ha-tang-so",
        value: pct(52, 90, 0, 2),
        questions: ["Tỷ lệ hộ gia đình có Internet cáp quang ở {P}{nam}?", "Tỷ lệ hộ gia đình có internet cáp quang băng rộng {P}{nam}"],
      },
      { key: "phone", measure: "ty-le-nguoi-dan-co-dien-thoai-thong-minh", topic: "xa-hoi-so", value: pct(58, 92, 0, 2), questions: ["Tỷ lệ người dân có điện thoại thông minh ở {P}{nam}?"] },
    ],
    render: (f, c) =>
      `Về xã hội số, tỷ lệ hộ gia đình có đường Internet cáp quang băng rộng trên địa bàn ${c.tinh} đạt khoảng ${f.fiber!.raw}, tỷ lệ người dân có điện thoại thông minh đạt khoảng ${f.phone!.raw}.`,
  },
  {
    id: "smartphone",
    pillar: "hạ tầng số",
    lead: false,
    figures: [
      { key: "adults", measure: "ty-le-dan-so-truong-thanh-smartphone", topic: "xa-hoi-so", value: pct(55, 90, 1, 2), questions: ["Tỷ lệ dân số trưởng thành dùng smartphone ở {P}{nam}?"] },
      { key: "density", measure: "mat-do-dien-thoai", topic: "ha-tang-so", value: count(90, 150, 0.02), questions: ["Mật độ điện thoại ở {P} là bao nhiêu thuê bao trên 100 dân{nam}?"] },
    ],
    render: (f) => `Tỷ lệ dân số trưởng thành sử dụng Smartphone là ${f.adults!.raw}; mật độ điện thoại đạt gần ${f.density!.raw} thuê bao/100 dân.`,
  },
  {
    id: "dinh-danh",
    pillar: "xã hội số",
    lead: false,
    figures: [
      { key: "ids", measure: "so-nguoi-co-dinh-danh-dien-tu", topic: "xa-hoi-so", value: count(90000, 900000, 0.3), questions: ["{P} có bao nhiêu người có định danh điện tử{nam}?", "Bao nhiêu người ở {P} đã có tài khoản định danh điện tử{nam}?"] },
      { key: "over", measure: "ty-le-vuot-chi-tieu-dinh-danh", topic: "xa-hoi-so", value: pct(5, 40, 0, 2), questions: [] },
    ],
    render: (f, c) => `${c.P} đã có ${f.ids!.raw} người có định danh điện tử mức 1, 2, vượt ${f.over!.raw} chỉ tiêu Bộ Công an giao.`,
  },
  {
    id: "to-cong-nghe",
    pillar: "xã hội số",
    lead: false,
    figures: [
      { key: "districts", measure: "so-huyen-co-to-cnscd", topic: "cong-dong-nhan-luc", value: share(7, 15, 0.2), questions: [] },
      { key: "members", measure: "so-thanh-vien-to-cnscd", topic: "cong-dong-nhan-luc", value: count(1500, 25000, 0.2), questions: ["{P} có bao nhiêu thành viên tổ công nghệ số cộng đồng{nam}?"] },
    ],
    render: (f) => `Tổ công nghệ số cộng đồng đã được thành lập tại ${f.districts!.raw} huyện, thị, thành phố với tổng cộng ${f.members!.raw} thành viên.`,
  },
  {
    id: "truong-hoc",
    pillar: "xã hội số",
    lead: false,
    figures: [
      { key: "schools", measure: "so-co-so-giao-duc-ttkdtm", topic: "kinh-te-so", value: share(300, 900, 0.12), questions: ["Bao nhiêu cơ sở giáo dục ở {P} thanh toán không dùng tiền mặt{nam}?"] },
    ],
    render: (f) => `${f.schools!.raw} cơ sở giáo dục triển khai thanh toán không dùng tiền mặt.`,
  },
  {
    id: "luong-huu",
    pillar: "xã hội số",
    lead: false,
    figures: [{ key: "pension", measure: "ty-le-chi-luong-huu-qua-atm", topic: "xa-hoi-so", value: pct(40, 92, 2, 3), questions: ["Tỷ lệ chi lương hưu qua ATM ở {P}{nam}?"] }],
    render: (f) => `Chi lương hưu, trợ cấp bảo hiểm xã hội hàng tháng qua ATM ở khu vực đô thị đạt ${f.pension!.raw}.`,
  },
  {
    id: "phu-song",
    pillar: "hạ tầng số",
    lead: false,
    figures: [{ key: "covered", measure: "ty-le-thon-phu-song", topic: "ha-tang-so", value: pct(84, 98, 0, 0.5), questions: ["Tỷ lệ thôn, tổ dân phố được phủ sóng di động ở {P}{nam}?"] }],
    render: (f) => `${f.covered!.raw} thôn, tổ dân phố đã được phủ sóng di động.`,
  },
  {
    id: "camera",
    pillar: "hạ tầng số",
    lead: false,
    figures: [{ key: "cameras", measure: "so-camera-giam-sat", topic: "ha-tang-so", value: count(20, 2500, 0.25), questions: ["{P} lắp đặt bao nhiêu camera giám sát{nam}?"] }],
    render: (f, c) => `${c.P} đã lắp đặt ${f.cameras!.raw} camera giám sát tại các điểm nóng về an ninh, giao thông.`,
  },
  {
    id: "wifi",
    pillar: "hạ tầng số",
    lead: false,
    figures: [{ key: "halls", measure: "so-nha-van-hoa-wifi", topic: "ha-tang-so", value: share(20, 400, 0.1), questions: ["Bao nhiêu nhà văn hóa thôn ở {P} có wifi miễn phí{nam}?"] }],
    render: (f) => `${f.halls!.raw} nhà văn hóa thôn, tổ dân phố có lắp đặt wifi miễn phí.`,
  },
  {
    id: "muc-tieu-grdp",
    pillar: "kinh tế số",
    lead: false,
    figures: [
      {
        key: "grdp",
        measure: "muc-tieu-kinh-te-so-grdp",
        topic: "kinh-te-so",
        value: pct(10, 30, 0, 0),
        target: true,
        questions: ["Mục tiêu kinh tế số chiếm bao nhiêu phần trăm GRDP của {P} đến năm {H}?"],
      },
    ],
    render: (f, c) => `Theo đó, phấn đấu đến năm ${c.H}, ${c.P} phát triển kinh tế số đạt ${f.grdp!.raw} GRDP.`,
  },
  {
    id: "muc-tieu-truc-tuyen",
    pillar: "chính quyền số",
    lead: false,
    figures: [
      {
        key: "online",
        measure: "muc-tieu-ho-so-hoan-toan-truc-tuyen",
        topic: "chinh-quyen-so",
        value: pct(60, 90, 0, 0),
        target: true,
        questions: ["Mục tiêu tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến của {P} đến năm {H}?"],
      },
    ],
    render: (f, c) => `Phấn đấu đến năm ${c.H}, tối thiểu ${f.online!.raw} hồ sơ, thủ tục hành chính của ${c.tinh} được xử lý hoàn toàn trực tuyến.`,
  },
];
