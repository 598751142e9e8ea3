import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { askedPart } from "../../bot/understand/preamble.js";

describe("askedPart", () => {
  it.each([
    ["a caller's story before the question", "Tôi năm nay 70 tuổi, lãnh lương hưu qua ATM mỗi tháng. Tỷ lệ hồ sơ giải quyết đúng hạn ở Long An là bao nhiêu?", "Tỷ lệ hồ sơ giải quyết đúng hạn ở Long An là bao nhiêu?"],
    ["the question after “cho hỏi”, the province told of before kept", "Nhà tôi ở thị xã Sa Pa, Lào Cai, có 5 người. Cho hỏi tỉnh mình có bao nhiêu người dùng VNeID?", "Lào Cai: tỉnh mình có bao nhiêu người dùng VNeID?"],
    ["an opening after a comma, typed without marks", "toi o rach gia kien giang 20 nam roi, cho hoi tinh minh co bao nhieu may ATM", "Kiên Giang: tinh minh co bao nhieu may ATM"],
    ["an opening at the start", "Bác hỏi tí: Lào Cai có bao nhiêu bệnh viện thanh toán không dùng tiền mặt?", "Lào Cai có bao nhiêu bệnh viện thanh toán không dùng tiền mặt?"],
    ["a greeting and words of address", "Dạ em chào anh chị ạ, Long An có bao nhiêu doanh nghiệp công nghệ số?", "Long An có bao nhiêu doanh nghiệp công nghệ số?"],
    ["an address before the opening", "Chị ơi cho em hỏi chút, Lào Cai có bao nhiêu người dùng VNeID?", "Lào Cai có bao nhiêu người dùng VNeID?"],
    ["a question without a question word after what a caller says of themselves", "Tôi quê Hà Tĩnh nhưng làm việc ở Vinh 10 năm nay. Nghệ An DTI 2023 tăng 12 bậc đúng ko", "Nghệ An DTI 2023 tăng 12 bậc đúng ko"],
    ["two provinces told of: neither assumed", "Tôi ở Long An còn con trai ở An Giang. Cho hỏi bên đó có bao nhiêu tổ công nghệ số?", "bên đó có bao nhiêu tổ công nghệ số?"],
  ])("%s", (_, text, asked) => {
    expect(askedPart(text)).toBe(asked);
  });

  it.each([
    ["a claim confirmed after it", "Tôi nghe nói Lào Cai có 500.000 người dùng VNeID. Có đúng vậy không?"],
    ["a question referring back to it", "Báo đưa Long An có 277 doanh nghiệp công nghệ số. Con số đó lấy ở đâu ra vậy?"],
    ["a terse question's own first part", "Năm 2023. DTI Long An đứng thứ mấy?"],
    ["a single question", "Long An có bao nhiêu doanh nghiệp công nghệ số?"],
    ["a province typed without marks like a word of address", "da nang co bao nhieu dich vu cong truc tuyen"],
    ["a greeting alone", "Xin chào"],
    ["a question whose numbers hold full stops", "Kiên Giang có trên 2.000 máy POS và 1.683 điểm giới thiệu dịch vụ đúng không?"],
    ["“tới hội” typed with marks, no opening", "Long An tham gia tới hội nghị chuyển đổi số có bao nhiêu đại biểu?"],
  ])("keeps the whole message: %s", (_, text) => {
    expect(askedPart(text)).toBe(text);
  });

  it("keeps any one sentence without an opening as it is", () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zA-Zàáạảãâầấậẩẫăằắặẳẵđèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ0-9 ,]{0,80}$/), (text) => {
      fc.pre(!/h[oỏ]i/u.test(text));
      expect(askedPart(text)).toBe(text);
    }));
  });
});
