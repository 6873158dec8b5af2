import { describe, expect, it } from 'vitest';
import { sensitiveWords, sensitivity } from '../../../../src/core/feedback/sensitive.js';
import { guessCategory, parseCategory, parseSensitiveMark } from '../../../../src/core/feedback/words.js';

describe('sensitive complaints (tiêu cực, nhũng nhiễu)', () => {
  it.each([
    ['Điều dưỡng đòi phong bì 500.000đ mới cho xếp lịch mổ', 'phong bì'],
    ['dieu duong doi phong bi moi cho mo', 'phong bì'],
    ['Bác sĩ gợi ý "bồi dưỡng" để được khám trước', 'bồi dưỡng'],
    ['nhan vien doi tien de duoc kham truoc', 'đòi tiền'],
    ['Bị nhân viên bảo vệ đe dọa khi phản ánh', 'đe dọa'],
    ['bi quay roi khi nam vien', 'quấy rối'],
    ['Có dấu hiệu tiêu cực, nhũng nhiễu trong cấp giấy chứng nhận sức khỏe', 'nhũng nhiễu'],
    ['Phải đưa tiền lót tay cho lái xe', 'lót tay'],
    ['Điều dưỡng khoa Nội xin tiền người bệnh', 'xin tiền người'],
    ['dieu duong xin tien nguoi benh', 'xin tiền người'],
    ['Hộ lý xin tiền của người nhà mới cho vào thăm', 'xin tiền của'],
    ['Bác sĩ nhận tiền của người nhà để mổ trước', 'nhận tiền của'],
    ['phai dua tien moi duoc kham', 'phải đưa tiền'],
    ['Nhân viên gợi ý nộp thêm tiền để được mổ sớm', 'gợi ý nộp thêm'],
  ])('%s', (text, phrase) => {
    expect(sensitiveWords(text)).toBe(phrase);
  });

  it.each([
    'Quầy đổi tiền ở cổng bệnh viện đóng cửa sớm',
    'Phòng chờ không có ghế, người bệnh phải đứng',
    'Khen ngợi bác sĩ tận tình, gia đình xin cảm ơn',
    'Thu thêm 200.000đ tiền thuốc không có hóa đơn',
    // money the hospital owes back, or a deposit asked at the desk: a price complaint
    'Đã 2 tháng chưa nhận tiền hoàn trả BHYT',
    'Quầy thu ngân đòi nộp tạm ứng 5 triệu',
    'Gia đình khó khăn xin tiền hỗ trợ viện phí',
  ])('leaves an ordinary complaint alone: %s', (text) => {
    expect(sensitiveWords(text)).toBeNull();
  });

  it('makes a case sensitive and urgent from its words or its chosen category; praise with such words is no praise', () => {
    expect(sensitivity('nhan vien doi tien moi cho kham', 'price', 'normal')).toEqual({
      category: 'price',
      severity: 'urgent',
      sensitive: true,
    });
    expect(sensitivity('Cảm ơn bác sĩ, nhưng điều dưỡng đòi phong bì', 'praise', 'normal')).toEqual({
      category: 'misconduct',
      severity: 'urgent',
      sensitive: true,
    });
    expect(sensitivity('Nhân viên gây khó dễ', 'misconduct', 'normal')).toEqual({
      category: 'misconduct',
      severity: 'urgent',
      sensitive: true,
    });
    expect(sensitivity('Nhà vệ sinh bốc mùi', 'hygiene', 'normal')).toEqual({ category: 'hygiene', severity: 'normal', sensitive: false });
  });

  it('is the guessed category of a one-line case, before praise; and a word of its own when asked', () => {
    expect(guessCategory('Cam on bac si nhung dieu duong doi phong bi')).toBe('misconduct');
    expect(guessCategory('Thu thêm tiền thuốc không có hóa đơn')).toBe('price');
    expect(parseCategory(['tiêu', 'cực'])?.value).toBe('misconduct');
    expect(parseCategory(['nhung', 'nhieu'])?.value).toBe('misconduct');
  });

  it('reads a hint from whole words only: a name that contains one is not a subject', () => {
    // "Khenh" holds "khen" (praise): a complaint about medicines, found by the random privacy test
    expect(guessCategory('Kieu Duc Khenh My o ngo 7 khong duoc cap thuoc BHYT o Tram Y te xa')).toBe('price');
    // a hint spelled over several words, with and without diacritics, still counts
    expect(guessCategory('Cảm ơn bác sĩ khoa Nội đã tận tình')).toBe('praise');
    expect(guessCategory('cam on cac y ta')).toBe('praise');
    expect(guessCategory('Viện phí tính sai')).toBe('price');
    expect(guessCategory('phải xếp hàng từ 5 giờ sáng')).toBe('procedure');
  });

  it('never guesses praise for a complaint that turns it around, or names a person who holds a word of it', () => {
    // "hài lòng" is praise, "không hài lòng" the commonest complaint: it was closed as praise, with no deadline
    expect(guessCategory('Nguoi nha benh nhan khong hai long vi cho kham qua lau')).toBe('procedure');
    expect(guessCategory('Người bệnh chưa thực sự hài lòng với thái độ của điều dưỡng')).toBe('attitude');
    expect(guessCategory('ko hai long')).toBe('other');
    expect(guessCategory('Điều dưỡng kém chu đáo, thiếu tận tình')).toBe('other');
    // a given name after a title is a person, not a word of praise
    expect(guessCategory('Phản ánh bác sĩ Khen thái độ cáu gắt với người bệnh')).toBe('attitude');
    expect(guessCategory('chi Khen o khoa Duoc phat thuoc sai')).not.toBe('praise');
    // the name found twice (after a title, and as a full name): the words after it are kept
    expect(guessCategory('Bà Trần Thị Hoa phản ánh thái độ bác sĩ trực')).toBe('attitude');
    // praise stays praise, also beside a complaint's words
    expect(guessCategory('Gia đình rất hài lòng, cảm ơn bác sĩ khoa Nội')).toBe('praise');
    expect(guessCategory('Khen ngợi điều dưỡng khoa Nhi tận tình')).toBe('praise');
  });

  it('reads the handler marking a case sensitive, with or without diacritics', () => {
    expect(parseSensitiveMark(['nhạy', 'cảm'])).toEqual({ value: true, used: 2 });
    expect(parseSensitiveMark(['nhaycam', 'đã', 'báo', 'lãnh', 'đạo'])).toEqual({ value: true, used: 1 });
    expect(parseSensitiveMark(['đã', 'xử', 'lý'])).toBeNull();
  });
});
