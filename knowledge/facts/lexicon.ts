/**
 * The domain lexicon: one data file for the words of digital transformation ("chuyển đổi số").
 *
 * - {@link TOPICS}: the small taxonomy every fact is filed under, each topic with the phrases
 *   that signal it in an article sentence or a question, and the pillar an overview groups it by.
 * - {@link SYNONYMS}: groups of phrases people use for the same thing, abbreviations included;
 *   a question using one of them is searched with all of them.
 *
 * Phrases are written as people write them (with diacritics); matching folds both sides, so
 * "chu ky so", "chữ kí số" and "Chữ ký số" meet. Order inside a synonym group does not matter;
 * the first phrase is the one answers show.
 */

/** Identifier of a topic of the taxonomy. */
export type TopicId =
  | "ha-tang-so"
  | "chinh-quyen-so"
  | "kinh-te-so"
  | "xa-hoi-so"
  | "an-toan-thong-tin"
  | "cong-dong-nhan-luc"
  | "xep-hang-dti";

/** The four pillars an overview groups figures by. */
export type Pillar = "chính quyền số" | "kinh tế số" | "xã hội số" | "hạ tầng số";

/** A topic of the taxonomy. */
export interface Topic {
  readonly id: TopicId;
  /** Name shown to users. */
  readonly label: string;
  readonly pillar: Pillar;
  /** Phrases that signal the topic. */
  readonly phrases: readonly string[];
}

/** The taxonomy, most specific first: the first topic whose phrases match most wins. */
export const TOPICS: readonly Topic[] = [
  {
    id: "xep-hang-dti",
    label: "xếp hạng DTI",
    pillar: "chính quyền số",
    phrases: ["chỉ số chuyển đổi số", "DTI", "xếp hạng", "xếp thứ", "đứng thứ", "vị trí", "top", "dẫn đầu", "tốp"],
  },
  {
    id: "an-toan-thong-tin",
    label: "an toàn thông tin",
    pillar: "hạ tầng số",
    phrases: ["an toàn thông tin", "an ninh mạng", "an toàn, an ninh", "cấp độ an toàn", "SOC", "mất an toàn", "lừa đảo", "tấn công mạng", "mã độc"],
  },
  {
    id: "cong-dong-nhan-luc",
    label: "cộng đồng và nhân lực số",
    pillar: "xã hội số",
    phrases: ["tổ công nghệ số cộng đồng", "thành viên", "tập huấn", "đào tạo", "kỹ năng số", "nhân lực", "lao động", "cán bộ", "nông dân", "người tham gia", "tình nguyện"],
  },
  {
    id: "chinh-quyen-so",
    label: "chính quyền số và dịch vụ công",
    pillar: "chính quyền số",
    phrases: [
      "dịch vụ công", "thủ tục hành chính", "hồ sơ", "văn bản điện tử", "ký số", "thư điện tử công vụ", "hộp thư",
      "một cửa", "cổng dịch vụ công", "chính quyền số", "chính quyền điện tử", "IOC", "điều hành thông minh",
      "dữ liệu mở", "cơ sở dữ liệu", "báo cáo", "giao ban trực tuyến", "LGSP", "phản ánh", "kiến nghị", "cơ quan nhà nước",
      "hài lòng", "trực tuyến", "toàn trình", "phần mềm",
    ],
  },
  {
    id: "kinh-te-so",
    label: "kinh tế số",
    pillar: "kinh tế số",
    phrases: [
      "kinh tế số", "thương mại điện tử", "sàn", "doanh nghiệp công nghệ số", "doanh nghiệp", "OCOP", "sản phẩm",
      "truy xuất nguồn gốc", "tem", "mã QR", "ATM", "POS", "thẻ", "ngân hàng", "tổ chức tín dụng", "tài khoản thanh toán",
      "ví điện tử", "hóa đơn điện tử", "GRDP", "chợ", "siêu thị", "cửa hàng", "trung tâm thương mại", "gian hàng",
      "thanh toán không dùng tiền mặt", "công ty tài chính", "hợp tác xã", "thương hiệu",
    ],
  },
  {
    id: "xa-hoi-so",
    label: "xã hội số",
    pillar: "xã hội số",
    phrases: [
      "xã hội số", "điện thoại thông minh", "smartphone", "thiết bị thông minh", "định danh điện tử", "VNeID",
      "tài khoản giao dịch", "hồ sơ sức khỏe điện tử", "khám, chữa bệnh từ xa", "tư vấn sức khỏe", "lương hưu",
      "bảo hiểm xã hội", "trợ cấp", "học phí", "bệnh viện", "cơ sở y tế", "cơ sở giáo dục", "trường học", "công dân số",
      "người dân", "hộ gia đình",
    ],
  },
  {
    id: "ha-tang-so",
    label: "hạ tầng số",
    pillar: "hạ tầng số",
    phrases: [
      "hạ tầng số", "hạ tầng", "cáp quang", "băng rộng", "Internet", "phủ sóng", "di động", "4G", "5G", "thuê bao",
      "mật độ điện thoại", "wifi", "camera", "trung tâm dữ liệu", "mạng truyền số liệu", "nền tảng số", "viễn thông",
    ],
  },
];

/**
 * Synonym groups: the phrases in a group mean the same to a user. The first phrase of each group
 * is how answers name it.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["điện thoại thông minh", "smartphone", "smart phone", "điện thoại smartphone", "đtdđ thông minh"],
  ["chỉ số chuyển đổi số", "DTI", "chỉ số DTI", "xếp hạng chuyển đổi số"],
  ["chữ ký số", "chữ kí số", "CKS", "ký số", "kí số", "chữ ký điện tử"],
  ["dịch vụ công trực tuyến", "DVCTT", "DVC trực tuyến", "dịch vụ công online", "dvc online"],
  ["dịch vụ công", "DVC"],
  ["trung tâm điều hành thông minh", "IOC", "trung tâm giám sát, điều hành thông minh", "trung tâm điều hành đô thị thông minh"],
  ["thanh toán không dùng tiền mặt", "cashless", "TTKDTM", "không dùng tiền mặt", "thanh toán điện tử", "thanh toán số"],
  ["thương mại điện tử", "TMĐT", "e-commerce", "sàn TMĐT", "sàn thương mại điện tử", "bán hàng online", "bán hàng trực tuyến"],
  ["định danh điện tử", "VNeID", "định danh", "tài khoản định danh", "căn cước điện tử"],
  ["thủ tục hành chính", "TTHC"],
  ["công nghệ thông tin", "CNTT"],
  ["bảo hiểm xã hội", "BHXH"],
  ["bảo hiểm y tế", "BHYT"],
  ["thư điện tử công vụ", "hộp thư điện tử công vụ", "hộp thư công vụ", "email công vụ", "mail công vụ"],
  ["Internet cáp quang", "cáp quang", "băng rộng cố định", "internet băng rộng", "mạng cáp quang"],
  ["dân số trưởng thành", "người dân trưởng thành", "người trưởng thành", "người lớn"],
  ["camera", "ca-mê-ra", "camera giám sát"],
  ["doanh nghiệp công nghệ số", "DNCNS", "công ty công nghệ số", "doanh nghiệp số"],
  ["tổ công nghệ số cộng đồng", "tổ CNSCĐ", "tổ công nghệ số", "CNSCĐ"],
  ["văn bản điện tử", "văn bản số", "công văn điện tử"],
  ["hồ sơ trực tuyến", "hồ sơ online", "nộp hồ sơ qua mạng"],
  ["tài khoản giao dịch", "tài khoản ngân hàng", "tài khoản thanh toán"],
  ["hồ sơ sức khỏe điện tử", "sổ sức khỏe điện tử", "hồ sơ sức khoẻ điện tử"],
  ["chính quyền số", "chính phủ số", "chính quyền điện tử"],
  ["hạ tầng số", "hạ tầng viễn thông", "hạ tầng công nghệ"],
  ["lao động", "người lao động", "nhân lực"],
  ["mã QR", "QR code", "mã QR code"],
  ["hóa đơn điện tử", "HĐĐT", "e-invoice"],
  ["OCOP", "mỗi xã một sản phẩm"],
  ["wifi", "wi-fi", "internet miễn phí"],
  ["tỷ lệ", "tỉ lệ", "phần trăm", "%"],
];
