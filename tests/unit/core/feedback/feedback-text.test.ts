import { describe, expect, it } from 'vitest';
import { parseContact, redact } from '../../../../src/core/feedback/redact.js';
import { contentSimilarity, DUPLICATE_THRESHOLD } from '../../../../src/core/feedback/similarity.js';
import { guessCategory, parseChannel, parseSeverity, parseStatusWords } from '../../../../src/core/feedback/words.js';

describe('redact', () => {
  it.each([
    ['Gọi lại cho tôi số 0912345678 nhé', 'Gọi lại cho tôi số [đã ẩn] nhé'],
    ['sđt 0912 345 678, email lan.nguyen@gmail.com', 'sđt [đã ẩn], email [đã ẩn]'],
    ['ĐT: 0912.345.678 hoặc +84 912 345 678', 'ĐT: [đã ẩn] hoặc [đã ẩn]'],
    ['Số máy bàn (0213) 387 6543', 'Số máy bàn [đã ẩn]'],
    ['CCCD 012345678901, CMND 123 456 789', 'CCCD [đã ẩn], CMND [đã ẩn]'],
  ])('%s', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('hides the name the complainant gave, in any case', () => {
    expect(redact('Bà Nguyễn Thị Hoa phản ánh rằng NGUYỄN THỊ HOA chờ lâu', { name: 'Nguyễn Thị Hoa' })).toBe('Bà [đã ẩn] phản ánh rằng [đã ẩn] chờ lâu');
  });

  it('leaves dates, room numbers and amounts alone', () => {
    const text = 'Ngày 20/11/2026 tại phòng 204, thu 150.000 đồng, khoa số 3';
    expect(redact(text)).toBe(text);
  });
});

describe('parseContact', () => {
  it('picks the phone, e-mail and ID number, and keeps the rest as the name', () => {
    expect(parseContact('Nguyễn Văn An, SĐT: 0912 345 678, email an.nv@yahoo.com')).toEqual({
      name: 'Nguyễn Văn An',
      phone: '0912 345 678',
      email: 'an.nv@yahoo.com',
      idNumber: null,
      note: null,
    });
    expect(parseContact('Trần B 012345678901')).toMatchObject({ name: 'Trần B', idNumber: '012345678901' });
  });
});

describe('feedback words', () => {
  it.each([
    [['hòm', 'thư'], 'box', 2],
    [['hom', 'thu', 'gop', 'y'], 'box', 4],
    [['hotline'], 'hotline', 1],
    [['đường', 'dây', 'nóng'], 'hotline', 3],
    [['duongdaynong'], 'hotline', 1],
    [['truc', 'tiep'], 'direct', 2],
    [['email'], 'email', 1],
    [['cổng', 'thông', 'tin'], 'portal', 3],
  ] as const)('%j is the %s channel', (words, channel, used) => {
    expect(parseChannel(words)).toEqual({ value: channel, used });
  });

  it('reads statuses and severity typed any way', () => {
    expect(parseStatusWords(['đã', 'xử', 'lý'])?.value).toBe('resolved');
    expect(parseStatusWords(['chuyen', 'co', 'quan', 'khac'])?.value).toBe('transferred');
    expect(parseStatusWords(['không', 'thuộc', 'thẩm', 'quyền'])?.value).toBe('out_of_scope');
    expect(parseStatusWords(['mở', 'lại'])?.value).toBe('received');
    expect(parseSeverity(['khẩn', 'cấp'])?.value).toBe('urgent');
    expect(parseChannel(['fax'])).toBeNull();
  });

  it.each([
    ['Cảm ơn bác sĩ khoa Sản đã tận tình', 'praise'],
    ['Thu tiền viện phí cao hơn bảng giá, BHYT không thanh toán', 'price'],
    ['Điều dưỡng quát mắng, thái độ khó chịu', 'attitude'],
    ['Nhà vệ sinh khoa Nội bốc mùi', 'hygiene'],
    ['Chờ khám từ 6 giờ đến 11 giờ, thủ tục rườm rà', 'procedure'],
    ['Chẩn đoán sai, điều trị không đỡ', 'professional'],
    ['Gia đình tôi muốn hỏi giờ thăm bệnh', 'other'],
  ])('%s → %s', (content, category) => {
    expect(guessCategory(content)).toBe(category);
  });
});

describe('content similarity', () => {
  it('scores the same complaint told twice above the threshold, and different ones below', () => {
    const a = 'Người nhà bệnh nhân phản ánh chờ khám quá lâu ở khoa Nhi sáng nay';
    const b = 'Nguoi nha benh nhan phan anh cho kham qua lau o khoa Nhi';
    const c = 'Nhà vệ sinh tầng 2 khu khám bệnh không có nước';
    expect(contentSimilarity(a, b)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(contentSimilarity(a, c)).toBeLessThan(DUPLICATE_THRESHOLD);
  });
});
