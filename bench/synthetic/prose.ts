/**
 * The words around the figures: titles, headings, period phrases and sentences without figures,
 * taken from the five real articles with their province left open ("{P}", "{tinh}"). Nothing
 * here holds a figure, so every figure of a synthetic article is one the generator chose.
 */
import type { Pillar } from "../../knowledge/index.js";

/** Titles of a one-province article. "{Y}" is the article's year. */
export const TITLES: readonly string[] = [
  "Nhiều điểm sáng trong chuyển đổi số ở {P}",
  "Kết quả tích cực tại {P} về chuyển đổi số",
  "{P} đẩy mạnh chuyển đổi số năm {Y}",
  "Để chính quyền, người dân, doanh nghiệp {tinh} {P} cùng nói về chuyển đổi số",
  "Chuyển đổi số ở {P}: những kết quả bước đầu",
  "{P}: Phấn đấu nằm trong nhóm dẫn đầu cả nước về chuyển đổi số",
  "{P} tạo đột phá từ chuyển đổi số",
];

/** Titles of an article on two provinces. */
export const TWO_PROVINCE_TITLES: readonly string[] = [
  "{P} và {P2} ghi nhận thành công ban đầu với chuyển đổi số",
  "Chuyển đổi số ở {P} và {P2}: nhiều kết quả đáng ghi nhận",
];

/** Opening sentences; they name the province, so the article is about it. */
export const OPENINGS: readonly string[] = [
  "{P} xác định đẩy nhanh quá trình chuyển đổi số là một trong những giải pháp đột phá để phát triển kinh tế - xã hội của {tinh}.",
  "Thời gian qua, việc thực hiện chuyển đổi số trên địa bàn {tinh} {P} đã đạt được nhiều kết quả quan trọng với những chỉ số rất ấn tượng.",
  "Quán triệt sâu sắc quan điểm của Đảng và chỉ đạo của Chính phủ, {tinh} {P} đã chủ động xây dựng và ban hành kịp thời các văn bản làm cơ sở cho chuyển đổi số.",
  "Chuyển đổi số ở {P} đã đi đúng hướng và có một số kết quả khả quan.",
  "{P} đã đạt được nhiều thành tựu quan trọng trên cả ba trụ cột: chính quyền số, kinh tế số, xã hội số.",
];

/** Sentences that open the part of a two-province article on the second one. */
export const SECOND_PROVINCE_OPENINGS: readonly string[] = [
  "Tại {P2}, việc chuyển đổi số cũng đã đạt được kết quả tích cực.",
  "Cùng với đó, {tinh2} {P2} cũng ghi nhận nhiều chuyển biến rõ nét trong chuyển đổi số.",
];

/** Headings above each pillar's paragraphs. */
export const HEADINGS: Readonly<Record<Pillar, readonly string[]>> = {
  "chính quyền số": ["Kết quả tích cực về chính quyền số", "Dịch vụ công trực tuyến mang lại nhiều thuận lợi cho người dân", "Phát triển chính quyền số"],
  "kinh tế số": ["Kinh tế số bước đầu đóng góp vào tăng trưởng", "Thúc đẩy thanh toán không dùng tiền mặt", "Phát triển kinh tế số"],
  "xã hội số": ["Người dân được thụ hưởng từ chuyển đổi số", "Xã hội số lan tỏa đến từng thôn, ấp", "Phát triển xã hội số"],
  "hạ tầng số": ["Hạ tầng số được chú trọng đầu tư", "Điểm sáng từ hạ tầng số", "Phát triển hạ tầng số"],
};

/** Sentences without figures, by pillar, to stand between the figures. */
export const FILLERS: Readonly<Record<Pillar, readonly string[]>> = {
  "chính quyền số": [
    "Các cấp, các ngành tập trung triển khai nhiều giải pháp thúc đẩy cung cấp, sử dụng dịch vụ công trực tuyến.",
    "Hệ thống phục vụ giao ban trực tuyến đã được lắp đặt đồng bộ từ {tinh} đến các xã, phường, thị trấn.",
    "Các hệ thống ứng dụng dùng chung của {tinh} thường xuyên được rà soát, nâng cấp, đáp ứng theo quy định và duy trì khai thác sử dụng hiệu quả.",
    "Duy trì triển khai đồng bộ Hệ thống thông tin giải quyết thủ tục hành chính phục vụ tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên môi trường mạng.",
  ],
  "kinh tế số": [
    "Ngành nông nghiệp duy trì ứng dụng công nghệ số (blockchain, mã QR) trong truy xuất nguồn gốc nông sản.",
    "Thanh toán không dùng tiền mặt được triển khai hiệu quả và đã trở thành thói quen hằng ngày của nhân dân.",
    "Kinh tế số bước đầu đóng góp vào tăng trưởng kinh tế của {tinh}; doanh nghiệp từng bước chuyển đổi số.",
    "Ngành công thương đã phối hợp cùng các doanh nghiệp công nghệ số trên địa bàn triển khai thí điểm thanh toán không dùng tiền mặt tại các chợ.",
  ],
  "xã hội số": [
    "Tổ công nghệ số cộng đồng có nhiệm vụ \"đi từng ngõ, gõ từng nhà\" tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.",
    "Người dân đang bắt đầu được thừa hưởng những giá trị từ chuyển đổi số và dần trở thành nhân tố tích cực tham gia vào quá trình này.",
    "Nền tảng công dân số giúp người dân thuận lợi hơn trong việc tiếp cận, sử dụng các dịch vụ thiết yếu.",
  ],
  "hạ tầng số": [
    "Địa phương xác định ưu tiên tập trung phát triển hạ tầng số, nền tảng số và coi đây là \"cái gốc\" của chuyển đổi số.",
    "Mạng lưới 4G tiếp tục mở rộng vùng phủ sóng trên địa bàn {tinh}; hạ tầng mạng di động 5G được đẩy mạnh.",
    "Hạ tầng kỹ thuật công nghệ thông tin trong các cơ quan, chính quyền các cấp được đầu tư xây dựng cơ bản đáp ứng yêu cầu.",
  ],
};

/** A sentence naming a place inside the province ("{place}"), as the articles do. */
export const PLACE_SENTENCES: readonly string[] = [
  "Đặc biệt, {place} đã chủ động phối hợp với Sở Thông tin và Truyền thông thực hiện thí điểm xây dựng mô hình xã thông minh.",
  "Từ mô hình thí điểm tại {place}, {tinh} triển khai nhân rộng ra toàn địa bàn.",
];

/** Closing sentences; the first kind names a resolution, an identifier that is not a figure. */
export const CLOSINGS: readonly string[] = [
  "Tỉnh ủy đã ban hành Nghị quyết số {doc}-NQ/TU về chuyển đổi số, xác định đây là một trong những đột phá quan trọng.",
  "Tuy nhiên, bên cạnh kết quả bước đầu đạt được, quá trình chuyển đổi số tại {tinh} cũng còn nhiều khó khăn, trở ngại nhất định.",
  "Chuyển đổi số là xây dựng các nền tảng số dùng chung, không đơn thuần là ứng dụng công nghệ thông tin với các phần mềm đơn lẻ.",
  "Thời gian tới, {tinh} tiếp tục hoàn thiện môi trường pháp lý, xây dựng các chính sách sử dụng dữ liệu số.",
];

/** Periods that open a paragraph, "{Y}" the article's year and "{m}" a month. */
export const PERIOD_LEADS: readonly string[] = [
  "Trong 8 tháng đầu năm {Y}",
  "Tính đến tháng {m}/{Y}",
  "Trong 9 tháng năm {Y}",
  "Năm {Y}",
  "Trong 6 tháng đầu năm {Y}",
  "Tính đến hết năm {Y}",
];

/** A sentence to carry the period when the paragraph's first figure sentence cannot. */
export const PERIOD_SENTENCES: readonly string[] = [
  "{lead}, công tác chuyển đổi số trên địa bàn {tinh} tiếp tục có nhiều chuyển biến tích cực.",
  "{lead}, các cấp, các ngành đã tích cực triển khai các nhiệm vụ chuyển đổi số.",
];

/** Bylines and publisher credits closing an article. */
export const BYLINES: readonly string[] = ["Hương Thu", "Minh Anh", "Quốc Khánh", "Thanh Hà", "Ngọc Lan"];
/** Publisher credits. */
export const CREDITS: readonly string[] = ["TTXVN", "PLVN", "VOV", "Báo Nhân Dân"];

/** Page chrome copied with some articles, removed by the corpus cleaner. */
export const CHROME_FIRST_LINE = "Tổng lượt truy cập";
/** A related-articles tail: the cleaner stops at its first line. */
export const RELATED_TAIL: readonly string[] = ["Có thể bạn quan tâm", "Đọc thêm"];
