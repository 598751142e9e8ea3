/**
 * The Vietnamese lexicon: the words of digital transformation ("chuyển đổi số") as people write
 * them in questions and as articles write them. This file is data: add a phrase, a synonym or a
 * shorthand here and the bot understands it; `npm run ask -- --explain "…"` shows what a question
 * was understood to ask. Write phrases with diacritics as people write them: matching folds both
 * sides, so "chu ky so", "chữ kí số" and "Chữ ký số" meet. Longer phrases win over shorter ones.
 */
import type { Lexicon, Topic } from "./types.js";

/**
 * The small taxonomy every fact is filed under (for overviews), most specific first: the topic
 * whose phrases a figure's words match most wins.
 */
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
      "thanh toán không dùng tiền mặt", "công ty tài chính", "hợp tác xã", "thương hiệu", "doanh thu", "xuất khẩu",
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
      "mật độ điện thoại", "wifi", "camera", "trung tâm dữ liệu", "mạng truyền số liệu", "nền tảng số", "viễn thông", "trạm phát sóng",
    ],
  },
];

/** The Vietnamese lexicon. */
// Who a caller addresses, and how they greet them: "chào anh chị", "em chào chương trình", "ad ơi".
const ADDRESSEES = ["anh chị", "anh", "chị", "em", "bác", "cô", "chú", "bạn", "ad", "admin", "bot", "chương trình", "mọi người", "các bạn", "ban biên tập", "tổng đài"];
const GREETINGS = ["chào", "xin chào", "kính chào", "em chào", "tôi chào", "cháu chào", "con chào", "mình chào", "dạ chào", "dạ em chào", "dạ cháu chào"];

export const vi: Lexicon = {
  language: "vi",

  // A question using one phrase of a group is searched with all of them; a figure whose own words
  // use another phrase of the group counts as measuring the same thing, a little below one using
  // the question's own words.
  synonyms: [
    ["điện thoại thông minh", "smartphone", "smart phone", "điện thoại smartphone", "đtdđ thông minh", "thiết bị thông minh", "điện thoại di động thông minh"],
    ["chỉ số chuyển đổi số", "DTI", "chỉ số DTI", "xếp hạng chuyển đổi số", "mức độ chuyển đổi số", "chỉ số CĐS"],
    ["chữ ký số", "chữ kí số", "CKS", "ký số", "kí số", "chữ ký điện tử", "chứng thư số"],
    ["dịch vụ công trực tuyến", "DVCTT", "DVC trực tuyến", "dịch vụ công online", "DVC online", "dịch vụ trực tuyến", "cổng dịch vụ công", "Cổng dịch vụ công quốc gia", "cổng DVC quốc gia", "cổng DVCQG", "cổng quốc gia"],
    ["dịch vụ công", "DVC"],
    ["trung tâm điều hành thông minh", "IOC", "trung tâm giám sát, điều hành thông minh", "trung tâm điều hành đô thị thông minh", "trung tâm điều hành thành phố thông minh"],
    ["thanh toán không dùng tiền mặt", "cashless", "TTKDTM", "không dùng tiền mặt", "thanh toán điện tử", "thanh toán số"],
    // A table's short header: "Hộ có cáp quang".
    ["hộ gia đình", "hộ dân", "hộ"],
    // Paying a public service's fees online is its own measure, not cashless payment at large.
    ["thanh toán trực tuyến", "thanh toán online", "thanh toán phí trực tuyến", "thanh toán phí, lệ phí trực tuyến", "nộp phí trực tuyến"],
    ["thương mại điện tử", "TMĐT", "e-commerce", "sàn TMĐT", "sàn thương mại điện tử", "bán hàng online", "bán hàng trực tuyến", "sàn giao dịch thương mại điện tử", "sàn"],
    ["định danh điện tử", "VNeID", "định danh", "tài khoản định danh", "căn cước điện tử", "tài khoản định danh điện tử"],
    ["thủ tục hành chính", "TTHC"],
    ["công nghệ thông tin", "CNTT"],
    ["bảo hiểm xã hội", "BHXH"],
    ["bảo hiểm y tế", "BHYT"],
    ["hộp thư điện tử công vụ", "thư điện tử công vụ", "hộp thư công vụ", "email công vụ", "mail công vụ", "thư công vụ", "tài khoản thư công vụ"],
    ["Internet cáp quang", "cáp quang", "mạng cáp quang", "internet cáp quang băng rộng", "kết nối cáp quang", "đường Internet cáp quang"],
    ["băng rộng cố định", "internet băng rộng cố định", "Internet băng rộng", "băng thông rộng"],
    ["dân số trưởng thành", "người dân trưởng thành", "người trưởng thành", "người lớn"],
    ["camera", "ca-mê-ra", "camera giám sát"],
    // Pests, as farmers and articles name them.
    ["sâu bệnh", "côn trùng", "sinh vật gây hại", "dịch hại", "sâu hại"],
    ["doanh nghiệp công nghệ số", "DNCNS", "công ty công nghệ số", "doanh nghiệp số"],
    ["doanh nghiệp", "công ty"],
    ["tổ công nghệ số cộng đồng", "tổ CNSCĐ", "tổ công nghệ số", "CNSCĐ", "tổ CNS cộng đồng"],
    ["văn bản điện tử", "văn bản số", "công văn điện tử"],
    ["hồ sơ trực tuyến", "hồ sơ online", "nộp hồ sơ qua mạng", "hồ sơ nộp trực tuyến", "hồ sơ qua mạng", "nộp qua mạng", "nộp trực tuyến", "nộp online"],
    ["tài khoản giao dịch", "tài khoản ngân hàng", "tài khoản thanh toán"],
    ["hồ sơ sức khỏe điện tử", "sổ sức khỏe điện tử", "hồ sơ sức khoẻ điện tử"],
    ["chính quyền số", "chính phủ số", "chính quyền điện tử"],
    ["hạ tầng số", "hạ tầng viễn thông", "hạ tầng công nghệ"],
    ["lao động", "người lao động", "nhân lực"],
    ["mã QR", "QR code", "mã QR code"],
    ["hóa đơn điện tử", "HĐĐT", "e-invoice"],
    ["OCOP", "mỗi xã một sản phẩm", "sản phẩm OCOP"],
    ["wifi", "wi-fi", "internet miễn phí", "wifi miễn phí"],
    ["máy ATM", "cây ATM", "ATM", "cây rút tiền", "máy rút tiền"],
    ["máy POS", "POS"],
    ["hợp tác xã", "HTX"],
    ["trạm phát sóng", "trạm BTS", "BTS", "trạm phát sóng di động"],
    // Places without mobile coverage, as articles and people name them.
    ["lõm sóng", "vùng lõm sóng", "chưa có sóng", "chưa có sóng di động", "không có sóng", "mất sóng", "chưa có sóng di động ổn định"],
    ["phần mềm", "ứng dụng", "app", "software"],
    ["vận hành", "hoạt động", "chạy", "đi vào hoạt động", "đưa vào vận hành", "khai trương", "đưa vào sử dụng"],
    ["cơ sở dữ liệu", "CSDL"],
    ["cơ sở giáo dục", "trường học"],
    ["hài lòng", "mức độ hài lòng", "sự hài lòng", "chỉ số hài lòng"],
    ["phủ sóng", "vùng phủ sóng", "phủ sóng di động"],
    ["mật độ điện thoại", "mật độ thuê bao", "mật độ thuê bao di động", "mật độ điện thoại di động", "số thuê bao trên 100 dân"],
    // ("giam dinh" typed without marks is "giám định", not a decrease.)
    ["giám định", "nhận diện", "chẩn đoán"],
    ["kinh tế số", "KTS", "kinh tế số trong GRDP"],
    ["thông tin và truyền thông", "TT&TT", "TTTT", "thông tin - truyền thông", "thông tin-truyền thông", "thông tin truyền thông"],
    ["người dùng", "người sử dụng"],
    ["mỗi người", "bình quân mỗi người", "trên mỗi người", "bình quân đầu người", "trên người"],
    // Money spent on digital transformation, however it is said.
    ["kinh phí", "tổng kinh phí", "ngân sách", "vốn đầu tư", "tổng vốn đầu tư", "nguồn vốn", "chi", "rót", "rót vốn", "bố trí vốn", "bố trí", "phân bổ", "đầu tư", "tiền đầu tư"],
    // Services put on a portal.
    ["tích hợp", "kết nối", "đưa lên", "tích hợp lên", "kết nối với"],
    // The digital economy's share of the economy.
    ["tỷ trọng kinh tế số", "tỷ trọng kinh tế số trong GRDP", "kinh tế số trong GRDP", "kinh tế số đóng góp", "kinh tế số GRDP"],
    ["tỷ lệ", "tỉ lệ", "phần trăm", "%"],
    // The levels of local government, as questions and articles name them.
    ["cấp huyện", "các huyện", "huyện, thị, thành phố", "huyện, thị xã, thành phố", "cấp quận huyện"],
    ["cấp xã", "các xã", "xã, phường, thị trấn", "cấp phường xã", "cấp xã phường", "cấp phường"],
    ["cấp tỉnh", "sở, ban, ngành"],
    ["cấp khóm ấp", "khóm ấp", "khóm, ấp", "cấp thôn", "thôn, tổ dân phố", "cấp ấp"],
    // Online public services by level: level 4 is what is called "toàn trình" since 2022, level 3 "một phần".
    ["mức độ 4", "mức 4", "toàn trình"],
    ["mức độ 3", "mức 3", "một phần"],
    // Electronic identification (VNeID) accounts by level.
    ["mức độ 2", "mức 2", "cấp độ 2"],
    ["mức độ 1", "mức 1", "cấp độ 1"],
    ["đô thị thông minh", "thành phố thông minh", "smart city"],
    // Town and country, as questions and articles name them.
    ["đô thị", "thành thị", "khu vực đô thị", "khu vực thành thị", "khu đô thị"],
    ["nông thôn", "khu vực nông thôn", "vùng nông thôn"],
    // How often: "người dùng hằng ngày" is no count of accounts, "lượt truy cập mỗi năm" no daily one.
    ["hằng ngày", "hàng ngày", "mỗi ngày", "một ngày", "trên ngày", "bình quân ngày"],
    ["hằng tháng", "hàng tháng", "mỗi tháng", "một tháng", "trên tháng", "bình quân tháng"],
  ],

  compounds: [
    "giải ngân", "bố trí", "phân bổ",
    "ngân hàng", "cửa hàng", "gian hàng", "mặt hàng", "hàng hóa", "bán hàng", "hàng tháng", "hàng năm", "khách hàng", "siêu thị", "đô thị",
    "không khí", "sử dụng", "người dùng", "xử lý", "toàn trình", "trở lên", "một phần", "phản ánh", "kiến nghị", "sinh vật", "gây hại", "thí điểm", "điểm giới thiệu", "điểm nóng", "điểm du lịch", "địa điểm", "điểm cầu", "đầu tư", "dẫn đầu", "bắt đầu", "đầu tiên", "ban hành",
    "thuê bao", "nghị quyết", "quyết định", "kế hoạch số", "đề án", "chương trình", "thành thị", "nông thôn", "đô thị",
    "đúng hạn", "trước hạn", "quá hạn", "trễ hạn", "trả kết quả", "3 sao", "4 sao", "5 sao", "ba sao", "bốn sao", "năm sao",
    "cắt giảm", "trung tâm", "cán bộ", "công chức", "viên chức", "khuyến nông", "thông minh", "nông thôn", "văn bản", "tiền mặt", "hạ tầng", "văn hóa", "nhà văn hóa", "sản phẩm", "thị trấn", "thị xã", "giáo dục", "y tế",
    "doanh nghiệp", "doanh thu", "thành viên", "dịch vụ", "tài khoản", "hồ sơ", "cơ sở", "cơ quan", "đơn vị", "hệ thống", "nền tảng",
    "người dân", "hộ gia đình", "lao động", "học sinh", "bệnh viện", "trường học", "tổ chức", "tín dụng", "giao dịch", "nông dân", "nông nghiệp",
    "xuất khẩu", "phần mềm", "camera", "truy xuất", "nguồn gốc", "tập trung", "đẩy mạnh", "hoạt động", "trực tuyến", "điện tử", "công nghệ",
    "cộng đồng", "thương mại", "quan trắc", "giám sát", "côn trùng", "phát sóng", "di động", "phủ sóng", "kết nối", "cáp quang", "băng rộng",
    "dân số", "trưởng thành", "định danh", "hài lòng", "thủ tục", "hành chính", "chữ ký", "ký số", "trụ cột", "chỉ số", "giá trị", "kinh phí",
    "tăng trưởng", "thanh toán", "chứng thư", "tổng đài", "ứng dụng", "thông tin", "truyền thông", "an toàn", "an ninh", "khu vực", "cả nước",
    "thuê bao", "bình quân", "trung bình", "tiểu thương", "mã QR", "hộ kinh doanh", "hợp tác xã", "bưu điện", "bưu chính",
    "hoàn thành", "trợ cấp", "thất nghiệp", "lương hưu", "bảo hiểm xã hội", "trả kết quả", "tiếp nhận", "phát sinh", "an toàn thông tin", "cấp độ", "phê duyệt",
  ],

  // What people type for short, expanded before anything else is read. Keys are matched as whole
  // words, folded (so "đc" and "dc" are one entry); a key needing capitals is written in capitals.
  shorthand: {
    kq: "kết quả",
    DN: "doanh nghiệp",
    DNNVV: "doanh nghiệp nhỏ và vừa",
    CNS: "công nghệ số",
    "CĐS": "chuyển đổi số",
    TTHC: "thủ tục hành chính",
    HTX: "hợp tác xã",
    DVC: "dịch vụ công",
    DVCTT: "dịch vụ công trực tuyến",
    CKS: "chữ ký số",
    "TMĐT": "thương mại điện tử",
    KTS: "kinh tế số",
    // English as it comes mixed into questions.
    "digital economy": "kinh tế số",
    "digital society": "xã hội số",
    "digital government": "chính quyền số",
    "e-government": "chính quyền số",
    "digital infrastructure": "hạ tầng số",
    "digital transformation": "chuyển đổi số",
    "digital transformation index": "chỉ số chuyển đổi số",
    "online public services": "dịch vụ công trực tuyến",
    "online public service": "dịch vụ công trực tuyến",
    "public services": "dịch vụ công",
    "e-ID": "định danh điện tử",
    "eID": "định danh điện tử",
    "digital ID": "định danh điện tử",
    "coverage": "phủ sóng",
    "integrated": "tích hợp",
    "national portal": "Cổng dịch vụ công quốc gia",
    "online applications": "hồ sơ trực tuyến",
    XHS: "xã hội số",
    ktso: "kinh tế số",
    xh: "xã hội",
    kt: "kinh tế",
    xhso: "xã hội số",
    cqso: "chính quyền số",
    mik: "mình",
    mk: "mình",
    CQS: "chính quyền số",
    CNTT: "công nghệ thông tin",
    CSDL: "cơ sở dữ liệu",
    "HSSKĐT": "hồ sơ sức khỏe điện tử",
    UBND: "ủy ban nhân dân",
    bn: "bao nhiêu",
    bnhiu: "bao nhiêu",
    bnh: "bao nhiêu",
    // ("xài" is how the south says "use": "tỷ lệ dân xài smartphone".)
    xai: "sử dụng",
    "xài": "sử dụng",
    bnhieu: "bao nhiêu",
    "bnhiêu": "bao nhiêu",
    // Southern speech typed as said: "dzậy", "zậy" for "vậy".
    dzay: "vậy",
    "dzậy": "vậy",
    "dzị": "vậy",
    dzi: "vậy",
    "zậy": "vậy",
    "dợ": "vậy",
    "dậy": "vậy",
    nhiu: "nhiêu",
    ko: "không",
    k: "không",
    kh: "không",
    khg: "không",
    hok: "không",
    hong: "không",
    "hông": "không",
    xk: "xuất khẩu",
    nk: "nhập khẩu",
    "đc": "được",
    "đuợc": "được",
    j: "gì",
    z: "vậy",
    ntn: "như thế nào",
    "sđt": "số điện thoại",
    "đt": "điện thoại",
    "đtdđ": "điện thoại di động",
    ng: "người",
    nd: "người dân",
    tl: "tỷ lệ",
    qg: "quốc gia",
    gd: "gia đình",
    hgd: "hộ gia đình",
    "hgđ": "hộ gia đình",
    hs: "hồ sơ",
    r: "rồi",
    dnang: "Đà Nẵng",
    BMT: "Buôn Ma Thuột",
    kte: "kinh tế",
    cty: "công ty",
    ktxh: "kinh tế - xã hội",
    "KT-XH": "kinh tế - xã hội",
    sp: "sản phẩm",
    dv: "dịch vụ",
    "vb": "văn bản",
    "cq": "cơ quan",
    "cqnn": "cơ quan nhà nước",
    "tk": "tài khoản",
    tv: "thành viên",
    sl: "số lượng",
    "vs": "với",
    "tp": "thành phố",
    tx: "thị xã",
    ATTT: "an toàn thông tin",
    attt: "an toàn thông tin",
    "ttg": "thủ tướng",
  },
  shorthandBeforeYear: { "gđ": "giai đoạn", "gd": "giai đoạn" },

  answerTypes: [
    {
      type: "change",
      phrases: [
        "tăng bao nhiêu", "giảm bao nhiêu", "tăng mấy", "giảm mấy", "tăng thêm bao nhiêu", "thêm bao nhiêu", "thêm mấy", "thêm được bao nhiêu", "tăng được bao nhiêu", "tụt bao nhiêu", "tụt mấy",
        "tăng nhiêu", "giảm nhiêu", "lên nhiêu", "tụt nhiêu", "tăng được nhiêu",
        "tăng hay giảm", "lên bao nhiêu", "lên mấy", "lên được bao nhiêu", "lên được mấy", "nhích lên", "nhích", "leo lên", "tăng hạng", "tụt hạng", "tăng bậc",
        "thăng hạng", "rớt hạng", "tăng trưởng bao nhiêu", "tăng trưởng", "cải thiện", "cải thiện bao nhiêu", "cải thiện mấy",
        // A change of rank: its kind is a rank too ("mấy hạng").
        "tăng mấy hạng", "tăng bao nhiêu hạng", "giảm mấy hạng", "giảm bao nhiêu hạng", "tụt mấy hạng", "tụt bao nhiêu hạng", "lên mấy hạng",
        "lên bao nhiêu hạng", "tăng mấy bậc", "tăng bao nhiêu bậc", "giảm mấy bậc", "tụt mấy bậc", "lên mấy bậc", "lên bao nhiêu bậc",
      ],
    },
    { type: "times", phrases: ["gấp mấy lần", "gấp bao nhiêu lần", "bao nhiêu lần", "mấy lần"] },
    // How many times something has happened, said as an ordinal ("năm thứ mấy"): never a rank.
    { type: "times", phrases: ["năm thứ mấy", "năm thứ bao nhiêu", "lần thứ mấy", "lần thứ bao nhiêu", "mùa thứ mấy", "kỳ thứ mấy"] },
    { type: "percent", phrases: ["bao nhiêu GRDP", "mấy GRDP", "bao nhiêu % GRDP", "bao nhiêu %", "bao nhiêu phần trăm", "nhiêu %", "nhiêu phần trăm", "mấy %", "mấy phần trăm", "tỷ lệ", "tỉ lệ", "phần trăm", "tỷ trọng", "chiếm bao nhiêu", "bao nhiêu phần", "%"] },
    { type: "score", phrases: ["score", "mấy điểm", "bao nhiêu điểm", "điểm số", "số điểm", "đạt điểm", "điểm bao nhiêu", "được mấy điểm", "giá trị chỉ số", "giá trị DTI", "điểm DTI", "được bao nhiêu điểm", "điểm chuyển đổi số", "điểm CĐS", "điểm chỉ số", "điểm", "tổng điểm"] },
    { type: "top", phrases: ["top mấy", "top bao nhiêu", "tốp mấy", "nằm trong top", "lọt top", "vào top", "trong top", "lọt vào top", "thuộc top", "nhóm mấy tỉnh dẫn đầu", "nhóm bao nhiêu tỉnh dẫn đầu", "nhóm mấy địa phương dẫn đầu", "nhóm bao nhiêu địa phương dẫn đầu", "vào nhóm mấy", "vào nhóm bao nhiêu", "lọt vào nhóm"] },
    {
      type: "rank",
      phrases: [
        "thứ mấy", "hạng mấy", "thứ bao nhiêu", "hạng bao nhiêu", "hạng thứ", "xếp hạng", "xếp thứ", "đứng thứ", "vị trí",
        "thứ hạng", "xếp mấy", "đứng hạng", "hạng", "top", "đứng đầu", "dẫn đầu", "bậc", "đứng", "xếp", "đứng vị trí", "xếp vị trí",
        "vị trí thứ", "giữ vị trí", "đứng ở vị trí", "ranking", "rank", "xếp rank", "vươn lên thứ",
        "mấy hạng", "bao nhiêu hạng", "mấy bậc", "bao nhiêu bậc",
      ],
    },
    { type: "date", phrases: ["ngày nào", "ngày bao nhiêu", "ngày mấy", "hôm nào"] },
    // A name asked: the articles' figures do not say it.
    { type: "name", phrases: ["do ai", "ai triển khai", "ai thực hiện", "ai làm", "ai phụ trách", "nghị quyết nào", "nghị quyết số mấy", "nghị quyết số bao nhiêu", "văn bản nào", "quyết định nào", "kế hoạch nào", "đề án nào", "ứng dụng nào", "app nào", "nền tảng nào", "phần mềm nào", "doanh nghiệp nào", "công ty nào", "đơn vị nào", "cơ quan nào", "tên là gì", "tên gì"] },
    // Where something is: a place, which no figure answers.
    { type: "place", phrases: ["ở đâu", "tại đâu", "chỗ nào", "ở chỗ nào", "những đâu", "ở những nơi nào", "địa điểm nào", "ở huyện nào", "ở xã nào", "ở những địa phương nào", "ở địa phương nào", "tại những địa phương nào", "tại địa phương nào", "những địa phương nào", "ở thành phố nào", "ở những thành phố nào", "ở tỉnh nào", "nơi nào", "ở những xã nào", "ở những huyện nào"] },
    { type: "year", phrases: ["năm nào", "năm bao nhiêu", "năm mấy", "khi nào", "bao giờ", "lúc nào", "thời điểm nào", "từ năm nào", "từ khi nào", "thời gian nào", "từ bao giờ", "từ lúc nào"] },
    { type: "money", phrases: ["bao nhiêu tiền", "bao nhiêu tỷ", "bao nhiêu tỷ đồng", "bao nhiêu triệu đồng", "bao nhiêu đồng", "bao nhiêu USD", "mấy tỷ", "bao nhiêu triệu USD", "bao nhiêu triệu", "bao nhiêu nghìn tỷ"] },
  ],
  measureKinds: [{ kind: "money", phrases: ["tổng số tiền", "số tiền", "tổng tiền", "giá trị giao dịch", "giá trị thanh toán", "doanh thu", "kim ngạch", "kinh phí", "ngân sách", "tổng vốn", "vốn đầu tư", "giá trị xuất khẩu", "nguồn vốn", "vốn", "tổng mức đầu tư", "mức đầu tư"] }],
  // ("nhiêu" after a verb, as the south says "bao nhiêu": "có nhiêu", "được nhiêu"; alone it is a filler.)
  // ("về số", typed without marks too: "so sanh … ve so chu ky so" counts signatures.)
  countWords: ["bao nhiêu", "mấy", "số lượng", "tổng số", "số", "có nhiêu", "được nhiêu", "đc nhiêu", "dc nhiêu", "là nhiêu", "về số"],
  classifiers: ["cái", "chiếc", "con", "bộ", "tấm", "quyển", "cuốn"],
  people: [
    "thành viên", "lao động", "người lao động", "cán bộ", "công chức", "viên chức", "cán bộ công chức", "học sinh", "sinh viên", "nông dân", "tiểu thương",
    "giáo viên", "nhân viên", "tình nguyện viên", "đoàn viên", "hội viên", "người dùng", "người dân", "công dân", "chuyên gia", "kỹ sư", "nhân lực",
  ],
  notNouns: ["nộp", "trực tuyến", "online", "qua mạng", "toàn trình", "một phần", "phủ sóng", "sử dụng", "triển khai", "thanh toán", "giải quyết", "kích hoạt", "đăng ký", "tham", "tham gia", "tích hợp", "tích hợp lên", "kết nối", "kết nối với", "đưa lên", "thì", "là", "vậy", "ạ", "nhỉ", "nhé", "lượng", "liệu", "phần", "phần trăm", "%", "điểm", "tiền", "lần", "năm", "ngày", "so sánh", "so với", "được", "đạt", "có", "trên", "trong", "của", "ở", "tại", "hiện có", "đang", "đã"],

  yesNo: [
    { open: ["có", "đã", "được", "liệu"], close: ["không", "chưa", "chăng", "phải không", "đúng không", "hay không", "hay chưa", "ko", "k", "đúng chưa", "phải chưa", "đúng ko", "đúng k", "chuẩn không", "chuẩn chưa", "chính xác không", "chính xác chưa"] },
    { open: [], close: ["chưa", "phải không", "đúng không", "hay chưa", "đúng chưa", "phải chưa", "đúng ko", "đúng k", "chuẩn không", "chuẩn chưa", "chính xác không", "chính xác chưa"] },
  ],

  goalWords: ["mục tiêu", "phấn đấu", "kế hoạch", "chỉ tiêu", "đặt ra", "đề ra", "hướng tới", "hướng đến", "dự kiến", "định hướng", "đặt mục tiêu", "kỳ vọng", "muốn", "mong muốn", "tham vọng", "target", "goal"],

  indices: {
    dti: ["chỉ số chuyển đổi số", "DTI", "chỉ số DTI", "xếp hạng chuyển đổi số", "mức độ chuyển đổi số", "kết quả chuyển đổi số", "bảng xếp hạng chuyển đổi số", "chỉ số CĐS", "chuyển đổi số", "tổng thể", "xếp hạng chung", "chỉ số chung"],
    pillars: {
      "chính quyền số": ["chính quyền số", "chính phủ số", "trụ cột chính quyền số"],
      "kinh tế số": ["kinh tế số", "trụ cột kinh tế số"],
      "xã hội số": ["xã hội số", "trụ cột xã hội số"],
    },
    others: [
      "PAR Index", "PAR INDEX", "chỉ số cải cách hành chính", "cải cách hành chính", "PCI", "chỉ số năng lực cạnh tranh", "năng lực cạnh tranh",
      "SIPAS", "PAPI", "ICT Index", "chỉ số sẵn sàng", "chỉ số đổi mới sáng tạo", "PII", "chỉ số hài lòng", "chính phủ điện tử", "EGDI",
      "chỉ số phục vụ người dân", "bộ chỉ số phục vụ người dân", "chỉ số phục vụ người dân, doanh nghiệp", "bộ chỉ số do Văn phòng Chính phủ",
    ],
  },

  scope: {
    local: ["các xã", "các huyện", "xã nào", "huyện nào", "từng huyện", "từng xã"],
    province: ["toàn tỉnh", "cả tỉnh", "toàn thành phố", "toàn TP", "trên địa bàn tỉnh", "toàn địa bàn", "tổng cộng", "tất cả", "cả thành phố"],
    region: ["khu vực", "vùng", "ĐBSCL", "đồng bằng sông Cửu Long", "miền Tây", "Tây Nguyên", "miền núi phía Bắc", "trung du và miền núi phía Bắc", "duyên hải", "Đông Nam Bộ", "đồng bằng sông Hồng", "Bắc Trung Bộ", "Nam Trung Bộ", "miền Trung"],
    national: ["cả nước", "toàn quốc", "trung bình cả nước", "bình quân cả nước", "trung bình toàn quốc", "mức bình quân cả nước", "mức trung bình cả nước", "mức cả nước", "mức chung cả nước", "bình quân chung cả nước", "mức bình quân toàn quốc", "mức trung bình toàn quốc"],
  },

  previousYear: ["năm trước", "năm ngoái", "năm trước đó", "năm liền trước", "năm rồi", "năm vừa rồi"],
  nextYear: ["năm sau", "năm sau đó", "năm tiếp theo", "năm kế tiếp", "năm tiếp", "năm liền sau"],

  generic: [
    "chuyển đổi số", "CĐS", "kết quả", "tình hình", "số liệu", "có số liệu", "có dữ liệu", "có thông tin", "dữ liệu", "thông tin", "thành tựu", "điểm sáng", "nổi bật", "triển khai",
    "hiện nay", "hiện tại", "bây giờ", "mới nhất", "gần đây", "hiện", "bài", "bài viết", "bài báo", "báo", "nói về", "viết về", "trong các bài", "trong các bài viết", "trong bài", "trong bài viết", "các bài viết", "lần đánh giá", "đợt đánh giá", "kỳ đánh giá", "mấy năm gần đây", "những năm gần đây", "các năm gần đây", "mấy năm qua", "những năm qua", "các năm qua", "thời gian qua", "thời gian gần đây", "con số", "chỉ tiêu", "kết quả đạt được", "tỉnh", "thành phố", "tỉnh thành",
  ],

  // Words that carry the question, not what it asks about. A word here typed without diacritics
  // is still a filler, unless its folded form is in `ambiguous` ("cho" may be "chợ", "the" "thẻ").
  fillers: [
    "ạ", "à", "á", "ơi", "nhé", "nha", "nhỉ", "hả", "vậy", "thế", "đi", "giúp", "giùm", "dùm", "cho", "tôi", "mình", "em", "anh", "chị", "bạn",
    "bot", "ad", "admin", "xin", "vui lòng", "làm ơn", "hỏi", "biết", "cho biết", "cho hỏi", "muốn", "xem", "tra", "tra cứu", "được", "là",
    "thì", "sao", "gì", "nào", "đâu", "không", "chưa", "rồi", "nữa", "luôn", "với", "và", "hay", "hoặc", "ấy", "đó", "này", "kia",
    "nói", "kể", "bao nhiêu", "mấy", "có", "đã", "đang", "sẽ", "vẫn", "cũng", "nhiêu", "bao", "ko", "k", "hỏi chút", "nè", "hen", "hem",
    "tính đến", "tính tới", "tới nay", "đến nay", "hiện giờ", "mới", "trên", "đạt", "đạt được", "ước đạt", "lên", "xuống", "như", "ntn",
    "của", "các", "những", "mà", "ở", "tại", "trong", "để", "một", "từ", "đến", "về", "theo", "ra", "khi", "còn", "vào", "lại", "bởi",
    "qua", "sau", "trước", "nếu", "cái", "con", "số liệu về", "bạn ơi", "ad ơi", "bot ơi", "cho mình hỏi", "cho em hỏi", "cho tôi hỏi",
    "anh ơi", "chị ơi", "em ơi", "mình muốn biết", "tôi muốn biết", "thế nào", "bao nhiêu vậy", "tương tự", "như vậy", "ý là", "ý tôi là", "ý mình là", "tức là", "nhỉ", "thôi", "hiện đang",
    "tỉnh", "thành phố", "ở đâu", "bây giờ", "lúc này", "đấy", "đây", "thực hiện", "cụ thể", "khoảng",
    // The provinces counted as they are named ("tổng hai tỉnh Long An và An Giang"): each one's figure is given, never summed.
    // Southern and spoken openings: "còn bên Kiên Giang", "vì sao …", "kính chào …, xin phép được hỏi".
    "bên", "ở bên", "phía", "vì sao", "tại sao", "vì đâu", "do đâu", "lý do", "kính chào", "xin chào", "xin phép", "xin phép được hỏi",
    "quê tôi", "quê mình", "quê em", "quê nhà", "năm nay", "đã ngoài", "tuổi", "tui", "chút", "chút xíu", "tí", "nghe", "nay", "nghe nói", "tôi nghe nói", "nghe đâu", "nghe bảo", "xin cảm ơn", "cảm ơn", "vậy hả", "vậy à", "thật hả", "ta",
    // Southern particles: "nói coi", "cho tui coi", "hông", "nghen"; "tính chung" before a total.
    "coi", "xem coi", "nói coi", "hén", "nghen", "nhen", "hông", "tính chung", "nói chung là",
    // What a change is measured against, said with it: "tăng bao nhiêu so với cùng kỳ".
    "so với cùng kỳ", "so cùng kỳ", "cùng kỳ", "so với cùng kỳ năm trước", "cùng kỳ năm trước", "so với năm trước", "so với năm ngoái",
    // A province left out, the others ranked again: "bỏ Long An ra, xếp lại các tỉnh còn lại".
    "bỏ", "trừ", "ngoại trừ", "không tính", "không kể", "các tỉnh còn lại", "tỉnh còn lại", "những tỉnh còn lại", "các tỉnh khác",
    // A correction proposed ("sai rồi, phải là hạng 2 chứ"): the number it proposes is checked.
    "sai rồi", "nhầm rồi", "bạn sai rồi", "bot sai rồi", "sai", "nhầm", "phải là",
    "hai tỉnh", "2 tỉnh", "ba tỉnh", "3 tỉnh", "cả hai tỉnh", "cả 2 tỉnh", "hai tỉnh này", "tổng hai tỉnh", "tổng 2 tỉnh", "cộng hai tỉnh", "cộng lại",
    "muốn biết", "muốn hỏi", "muốn xem", "mình muốn", "tôi muốn", "em muốn", "sang", "xét riêng", "riêng", "nói chung", "tổng thể", "chính xác", "có đúng là", "đúng là", "đúng không", "có phải", "phải không", "phải", "chứ",
    "chứ không phải", "cho mình số", "con số chính", "số liệu chính", "mấy con số", "vài con số", "các con số", "về số liệu", "về các số liệu", "hay bị", "bị", "hay là", "thôi nhé",
    "ai", "toàn", "chi tiết hơn về", "chi tiết về", "nói thêm về", "thêm về", "cụ thể hơn về", "kỹ hơn về", "khoản đó", "khoản này", "cái đó", "cái này", "chỉ tiêu đó", "chỉ tiêu này", "số đó", "số này", "vấn đề đó", "mục đó", "mục này", "cần",
    "lập bảng", "lập bảng so sánh", "làm bảng", "kiểm chứng", "xác minh", "kiểm tra lại", "một con số", "con số", "đăng bài", "viết bài", "hơn", "năm đó", "năm ấy", "cùng năm", "cùng năm đó", "kính chào", "kính gửi", "kính đề nghị", "kính mong", "trân trọng", "hi", "hi bot", "hello", "hello bot", "hey", "alo", "thanks", "thank", "thank you", "tks", "thks", "cảm ơn", "cám ơn", "pls", "please", "plz", "ok", "oke", "okie", "e", "xíu", "tí", "chút xíu", "hỏi xíu", "hỏi tí", "v", "hihi", "hehe", "haha", "a/c", "anh/chị", "ad", "nha ad", "nhé ad", "ghi", "ghi là", "viết là", "đưa tin", "đưa tin là", "tới", "lên tới", "lên đến", "đề nghị", "đề nghị cho biết", "đề nghị cung cấp", "xin cung cấp", "vui lòng cung cấp", "hãy cung cấp", "cung cấp giúp", "cho xin", "xin cho biết", "báo cáo giúp", "tổng hợp giúp", "không biết", "chưa biết", "không rõ", "chưa rõ", "không hiểu", "chưa hiểu", "nghe nói", "nghe đâu", "nghe bảo", "thấy bảo", "thấy nói", "có phải là", "phải là", "chào", "nhà mình", "tỉnh nhà", "quê mình", "quê tôi", "về hưu", "người về hưu",
  ],
  ambiguous: ["nghe", "nay", "cho", "the", "nha", "ha", "di", "thi", "dau", "noi", "ke", "van", "cung", "nhu", "ban", "anh", "chi", "minh", "moi", "con", "tinh", "cai", "dat", "len", "sau", "truoc", "tra", "ra", "khi", "do", "qua", "lai", "mot", "ve", "nhi", "khoang", "thuc", "hien", "cu", "day", "tu", "den", "tren", "bac", "hang", "vung", "so", "gia", "top", "dan", "thu", "dung", "xep", "sang", "ma", "nha"],
  // (And the part of the province a figure is of: "Ở đồng bằng thì … khoảng 82%".)
  narrowers: ["ký số", "chữ ký số", "4G", "5G", "toàn trình", "một phần", "đồng bằng", "miền núi", "vùng cao", "vùng sâu", "vùng xa", "ven biển", "nông thôn", "thành thị"],
  rated: [
    ["hồ sơ"], ["dịch vụ công", "dịch vụ"], ["thủ tục hành chính", "thủ tục"], ["hộ gia đình", "hộ dân", "hộ"], ["người dân", "dân số", "người", "dân", "công dân"],
    ["doanh nghiệp"], ["hợp tác xã"], ["cơ quan"], ["văn bản"], ["cán bộ", "công chức", "cán bộ công chức"],
    ["học sinh"], ["thuê bao"], ["tài khoản"], ["giao dịch"],
    // Places a share may be of: "100% xã đã có cáp quang" is no rate of households.
    ["xã", "phường", "thị trấn"], ["thôn", "ấp", "khóm", "bản", "tổ dân phố", "khu phố"], ["huyện"],
  ],
  qualifiers: [
    "ngoài", "ngoại tỉnh", "nước ngoài", "người nước ngoài", "nữ", "phụ nữ", "nam giới", "trẻ em", "người cao tuổi", "người khuyết tật",
    "nông thôn", "thành thị", "miền núi", "vùng sâu", "vùng xa", "biên giới", "hải đảo", "dân tộc thiểu số", "đồng bào", "hộ nghèo", "cận nghèo",
    // How it was done, where the articles state it apart: "văn bản … có ký số", "dịch vụ công toàn trình".
    "ký số", "chữ ký số", "toàn trình", "một phần", "4G", "5G",
    // When or how a dossier was handled: "đúng hạn" is not "trực tuyến và ký số", "trả kết quả" not "nộp".
    "đúng hạn", "trước hạn", "quá hạn", "trễ hạn", "trả kết quả",
    // A product's rating: "OCOP 4 sao" is not every OCOP product.
    "3 sao", "4 sao", "5 sao", "ba sao", "bốn sao", "năm sao",
    // How often ("người dùng hằng ngày"), where a sentence says it: a daily figure is not a total.
    "hằng ngày", "hàng ngày", "mỗi ngày", "một ngày", "hằng tháng", "hàng tháng", "mỗi tháng",
  ],

  negators: ["chưa", "không", "không phải", "chưa phải", "ko", "chẳng", "chả", "còn lại", "số còn lại", "phần còn lại"],

  compare: [
    "so sánh", "so với", "đối chiếu", "khác nhau", "khác gì", "hơn hay", "versus", "vs", "giữa", "chênh nhau", "chênh lệch", "hơn kém", "kém", "kém hơn", "thua", "thua kém", "cao hơn", "thấp hơn", "nhiều hơn", "ít hơn", "tỉnh nào hơn", "ai hơn",
    // How far apart: asked of the figures just set side by side.
    "chênh bao nhiêu", "chênh mấy", "chênh lệch bao nhiêu", "chênh nhau bao nhiêu", "hơn bao nhiêu", "hơn kém bao nhiêu", "cách nhau bao nhiêu", "cách nhau mấy", "chênh mấy bậc", "chênh mấy hạng", "hơn mấy bậc", "hơn mấy hạng", "ai cao hơn", "ai nhiều hơn",
  ],
  rankAll: [
    "tỉnh nào", "địa phương nào", "nơi nào", "tỉnh thành nào", "thành phố nào", "xếp hạng các tỉnh", "bảng xếp hạng", "các tỉnh", "tỉnh thành", "nhất", "dẫn đầu", "tỉnh đầu", "top đầu", "nhóm đầu",
    "nhiều nhất", "cao nhất", "tốt nhất", "lớn nhất", "nhiều", "cao", "tốt", "lớn",
    // The first few asked: "top 3 tỉnh DTI năm 2022", "3 tỉnh đứng đầu".
    "top 3 tỉnh", "top 5 tỉnh", "top 10 tỉnh", "top 3", "top 5", "top 10", "3 tỉnh đứng đầu", "5 tỉnh đứng đầu", "ba tỉnh đứng đầu", "năm tỉnh đứng đầu",
    "3 tỉnh dẫn đầu", "ba tỉnh dẫn đầu", "các tỉnh đứng đầu", "những tỉnh đứng đầu", "các tỉnh dẫn đầu", "những tỉnh dẫn đầu",
    "xếp hạng lại", "xếp lại", "sắp xếp", "từ cao xuống thấp", "từ cao đến thấp", "từ lớn đến nhỏ", "giảm dần",
    // "vậy là nhiều hay ít": where the figure just given stands among the provinces.
    "nhiều hay ít", "cao hay thấp", "nhiều hay không", "cao hay không", "là nhiều không", "là cao không", "so với các tỉnh khác", "so với tỉnh khác",
  ],
  ascending: ["thấp nhất", "ít nhất", "kém nhất", "chậm nhất", "yếu nhất", "đội sổ", "cuối bảng", "từ thấp đến cao", "từ thấp lên cao", "từ nhỏ đến lớn", "tăng dần"],

  offTopic: [
    "thời tiết", "nhiệt độ", "trời mưa", "mưa bão", "dự báo thời tiết", "giá vàng", "giá xăng", "tỷ giá", "giá đô", "đô la", "chứng khoán", "cổ phiếu",
    "xổ số", "kết quả xổ số", "bóng đá", "đội tuyển", "trận đấu", "món ăn", "nấu ăn", "quán ăn", "khách sạn", "chuyện cười", "kể chuyện", "bài hát",
    "phim", "tình yêu", "giá nhà", "giá đất", "lãi suất", "mấy giờ", "hôm nay ngày", "ca sĩ", "người yêu", "crush", "game", "ăn gì", "đặc sản",
    "có mưa", "mưa không", "mưa ko", "trời mưa không", "nóng không", "nóng ko", "nắng không", "lạnh không", "trời nóng", "trời lạnh", "đá banh", "đá bóng", "đội bóng",
    "món gì ngon", "món ngon", "hủ tiếu", "quán nào ngon", "có biển", "tắm biển", "bãi biển", "đi chơi", "chỗ nào đẹp", "đi đâu chơi", "cuối tuần đi",
    // Life in the province, not its digital transformation: traffic, tourism, population, area.
    "giao thông", "kẹt xe", "tắc đường", "tai nạn", "du lịch", "dân số", "diện tích",
  ],
  digital: ["chuyển đổi số", "CĐS", "thông minh", "số hóa", "điện tử", "trực tuyến", "công nghệ số", "nền tảng số", "ứng dụng"],
  contacts: ["số điện thoại liên hệ", "xin số điện thoại", "số điện thoại của", "hotline", "đường dây nóng", "liên hệ", "email liên hệ", "địa chỉ liên hệ", "zalo của", "địa chỉ email"],

  overview: [
    "ra sao", "thế nào", "như thế nào", "tóm tắt", "tổng quan", "tình hình", "có gì", "những gì", "kết quả gì", "điểm sáng", "nổi bật", "thành tựu",
    "kết quả nào", "làm được gì", "đạt được gì", "tóm lại", "khái quát", "toàn cảnh", "bức tranh", "tới đâu", "đến đâu", "thế nào rồi", "ra sao rồi",
    "liệt kê", "tất cả số liệu", "toàn bộ số liệu", "mọi số liệu", "hết số liệu", "các số liệu", "những số liệu", "số liệu gì",
    // "Kể cho tui nghe chút về chuyển đổi số ở Hậu Giang đi".
    "kể cho tôi nghe", "kể cho tui nghe", "kể cho mình nghe", "kể cho em nghe", "kể cho bác nghe", "kể cho cô nghe", "kể nghe", "kể về", "giới thiệu về", "nói sơ qua",
  ],

  moves: {
    // A thank-you or an "ok" closing a conversation: answered as such, no figure.
    thanks: ["cảm ơn", "cám ơn", "cảm ơn bạn", "cảm ơn ad", "cảm ơn nhiều", "thanks", "thank", "thank you", "tks", "thks", "thx", "ok", "oke", "okie", "okay", "ok bạn", "hay quá", "tuyệt", "được rồi", "hiểu rồi", "rõ rồi"],
    greeting: ["xin chào", "chào", "hello", "hi", "hey", "alo", "helo", "start", "bắt đầu", "chào bạn", "chào bot", "chào ad", "hế lô"],
    help: ["giúp được gì", "làm được gì", "hướng dẫn", "bạn là ai", "bạn biết gì", "biết những gì", "hỏi được gì", "hỏi gì", "cách dùng", "help", "trợ giúp"],
    list: ["có dữ liệu tỉnh nào", "tỉnh nào có dữ liệu", "có số liệu tỉnh nào", "danh sách tỉnh", "danh sách các tỉnh", "những tỉnh nào", "các tỉnh nào", "có những tỉnh nào", "có bài viết về tỉnh nào", "có thông tin tỉnh nào", "tỉnh nào có số liệu", "tỉnh nào có bài", "liệt kê các tỉnh", "liệt kê tỉnh", "các tỉnh có bài viết", "các tỉnh có số liệu", "các tỉnh có dữ liệu", "những tỉnh có bài viết", "mấy tỉnh"],
    sources: [
      "nguồn", "nguồn đâu", "nguồn nào", "nguồn tin", "nguồn gốc", "nguồn ở đâu", "trích dẫn", "bài nào", "bài viết nào", "lấy ở đâu", "lấy số liệu ở đâu",
      "source", "sources", "link", "link bài", "lấy từ bài nào", "lấy từ đâu", "nguồn bài viết", "bài viết gốc", "link gốc", "bài gốc", "trích từ đâu", "trích từ bài nào",
    ],
    more: ["chi tiết hơn", "chi tiết", "chi tiết thêm", "thêm", "thêm nữa", "nói thêm", "cụ thể hơn", "xem thêm", "giải thích thêm", "giải thích", "còn gì nữa", "còn gì nữa không", "còn gì không", "còn số liệu nào khác", "more", "details"],
  },

  pillarAsks: ["trụ cột nào", "trụ nào", "chỉ số thành phần nào", "chỉ số trụ cột nào", "trụ cột gì", "mảng nào"],
  numberAsks: ["là số gì", "là số liệu gì", "là con số gì", "số gì", "nói về gì", "nói về cái gì", "nghĩa là gì", "có nghĩa gì", "chỉ cái gì", "ứng với gì", "là của cái gì", "là số của gì", "đếm cái gì"],
  placeAsks: [
    "toàn tỉnh hay", "cả tỉnh hay", "toàn thành phố hay", "hay toàn tỉnh", "hay cả tỉnh", "hay một huyện", "hay của huyện", "hay cấp huyện", "hay cả huyện",
    "của huyện nào", "của xã nào", "ở huyện nào", "ở xã nào", "tính cho toàn tỉnh", "tính cả tỉnh", "số của cả tỉnh", "là của cả tỉnh", "là của toàn tỉnh",
  ],
  periodAsks: [
    "tính đến khi nào", "tính đến lúc nào", "tính đến thời điểm nào", "tính tới khi nào", "tính tới lúc nào", "đến thời điểm nào", "thời điểm nào",
    "số liệu năm nào", "của năm nào", "là năm nào", "cập nhật khi nào", "cập nhật đến khi nào", "số liệu khi nào", "từ khi nào", "lúc nào",
    "thời kỳ nào", "giai đoạn nào", "kỳ nào", "đợt nào", "tháng nào", "năm nào vậy", "khi nào vậy",
  ],
  articleAsks: [
    "bài nào", "bài viết nào", "bài báo nào", "ai viết", "do ai viết", "ai viết bài", "do ai đăng", "tác giả", "người viết", "ai là tác giả", "đăng khi nào", "đăng ngày nào", "đăng lúc nào", "ngày đăng",
    "ngày xuất bản", "xuất bản khi nào", "báo nào", "đăng trên báo nào", "đăng ở đâu", "trang nào", "nguồn bài", "bài gốc", "link bài", "nguồn nào", "nguồn ở đâu",
    "lấy từ đâu", "nguồn tin",
  ],
  adding: ["thêm", "thêm cả", "thêm tỉnh", "cộng thêm", "bổ sung", "bổ sung thêm", "và cả", "với cả", "so thêm", "so sánh thêm", "thêm vào"],
  followUp: ["trong đó", "trong số đó", "trong số này", "trong đó có", "còn", "thế còn", "vậy còn", "còn về", "thế", "vậy", "rồi", "và", "thế thì"],
  askOpenings: [
    "cho hỏi", "xin hỏi", "cho tôi hỏi", "cho em hỏi", "cho mình hỏi", "cho cháu hỏi", "cho con hỏi", "cho bác hỏi", "cho tui hỏi", "cho anh hỏi", "cho chị hỏi",
    "tôi hỏi", "em hỏi", "mình hỏi", "cháu hỏi", "con hỏi", "bác hỏi", "cô hỏi", "chú hỏi", "tui hỏi", "anh hỏi", "chị hỏi",
    "tôi muốn hỏi", "em muốn hỏi", "mình muốn hỏi", "cho tôi hỏi thăm", "hỏi tí", "hỏi chút", "hỏi thăm",
  ],
  salutations: [...GREETINGS.flatMap((g) => ADDRESSEES.map((a) => `${g} ${a}`)), ...GREETINGS, ...ADDRESSEES.map((a) => `${a} ơi`), "dạ", "vâng", "alo", "a lô", "dạ vâng"],
  questionWords: ["bao nhiêu", "bn", "bnh", "nhiêu", "mấy", "thế nào", "ra sao", "như nào", "là gì", "nào", "so sánh", "phải không", "đúng không", "đúng ko", "phải ko", "đúng k", "phải k", "chưa", "không vậy", "hông", "xếp hạng", "thứ mấy"],
  closings: ["thì sao", "thì thế nào", "thì như thế nào", "thì như nào", "thì ra sao", "thì sao nhỉ", "thì sao ạ", "thì sao vậy"],
  definitionAsks: ["là gì", "là cái gì", "nghĩa là gì", "có nghĩa là gì", "định nghĩa", "hiểu là gì", "được hiểu là gì", "là sao"],
  definitions: [
    {
      terms: ["chỉ số chuyển đổi số", "DTI", "chỉ số DTI", "chỉ số CĐS"],
      text: "DTI (Chỉ số chuyển đổi số cấp tỉnh) là bộ chỉ số Bộ Thông tin và Truyền thông dùng để đánh giá, xếp hạng hằng năm mức độ chuyển đổi số của các tỉnh, thành phố, theo ba trụ cột: chính quyền số, kinh tế số và xã hội số.",
    },
    {
      terms: ["chuyển đổi số", "CĐS"],
      text: "Chuyển đổi số là quá trình thay đổi tổng thể cách sống, cách làm việc và cách vận hành của người dân, doanh nghiệp và chính quyền dựa trên công nghệ số.",
    },
    {
      terms: ["VNeID", "định danh điện tử", "tài khoản định danh điện tử"],
      text: "VNeID là ứng dụng định danh và xác thực điện tử của Bộ Công an; tài khoản định danh điện tử mức 1, mức 2 cho phép người dân chứng thực danh tính và làm thủ tục trực tuyến.",
    },
    {
      terms: ["dịch vụ công trực tuyến toàn trình", "dịch vụ công toàn trình", "toàn trình"],
      text: "Dịch vụ công trực tuyến toàn trình là dịch vụ mà người dân, doanh nghiệp làm trọn mọi bước, từ nộp hồ sơ, thanh toán đến nhận kết quả, trên môi trường mạng.",
    },
    {
      terms: ["tổ công nghệ số cộng đồng", "tổ CNSCĐ", "tổ công nghệ số"],
      text: "Tổ công nghệ số cộng đồng là tổ được lập ở thôn, tổ dân phố, khóm, ấp để hướng dẫn người dân dùng các nền tảng số, dịch vụ công trực tuyến và kỹ năng số.",
    },
    {
      terms: ["trung tâm điều hành thông minh", "IOC"],
      text: "IOC (Trung tâm giám sát, điều hành thông minh) là nơi tỉnh, thành phố tập hợp dữ liệu, camera và phản ánh của người dân để theo dõi và điều hành trên nền tảng số.",
    },
    {
      terms: ["kinh tế số"],
      text: "Kinh tế số là các hoạt động kinh tế dùng công nghệ số và dữ liệu số làm yếu tố chính, như thương mại điện tử, thanh toán số và doanh nghiệp công nghệ số.",
    },
  ],
};
