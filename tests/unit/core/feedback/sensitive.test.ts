import { describe, expect, it } from 'vitest';
import { sensitiveWords } from '../../../../src/core/feedback/sensitive.js';

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
  ])('%s', (text, phrase) => {
    expect(sensitiveWords(text)).toBe(phrase);
  });

  it.each([
    'Quầy đổi tiền ở cổng bệnh viện đóng cửa sớm',
    'Phòng chờ không có ghế, người bệnh phải đứng',
    'Khen ngợi bác sĩ tận tình, gia đình xin cảm ơn',
    'Thu thêm 200.000đ tiền thuốc không có hóa đơn',
  ])('leaves an ordinary complaint alone: %s', (text) => {
    expect(sensitiveWords(text)).toBeNull();
  });
});
