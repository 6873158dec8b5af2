import { describe, expect, it } from 'vitest';
import { readPlanText } from '../../../../src/core/plans/import/plan-text.js';

const body = '\nKẾ HOẠCH\nPhòng chống sốt xuất huyết năm 2027\nIII. TỔ CHỨC THỰC HIỆN\n- Báo cáo kết quả trước ngày 15/01/2027.\n';

describe("a plan's issuer, from its header as plans print it", () => {
  it.each([
    ['SỞ Y TẾ TỈNH LAI CHÂU\nSố: 45/KH-SYT', 'Sở Y tế tỉnh Lai Châu'],
    ['UBND TỈNH LAI CHÂU\nSỞ Y TẾ\nSố: 45/KH-SYT', 'Sở Y tế tỉnh Lai Châu'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSỞ Y TẾ\nSố: 45/KH-SYT', 'Sở Y tế thành phố Hà Nội'],
    // a two-column header flattened into one line
    ['SỞ Y TẾ TỈNH ĐẮK NÔNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/KH-SYT', 'Sở Y tế tỉnh Đắk Nông'],
    // the place of the date line decides between the words that follow
    ['SỞ Y TẾ TỈNH KHÁNH HÒA CỘNG HÒA\nSố: 45/KH-SYT Khánh Hòa, ngày 02 tháng 01 năm 2027', 'Sở Y tế tỉnh Khánh Hòa'],
    ['Sở Y tế tỉnh Lai Châu\nSố: 45/KH-SYT', 'Sở Y tế tỉnh Lai Châu'],
    ['SỞ Y TẾ\nSố: 45/KH-SYT', null],
  ])('%j → %s', (header, issuer) => {
    expect(readPlanText(`${header}${body}`).issuer).toBe(issuer);
  });

  it('is not read from a table cell that ends in "Sở Y tế" before the next cell', () => {
    const table =
      'SỞ Y TẾ TỈNH LAI CHÂU\nSố: 52/KH-SYT\nKẾ HOẠCH\nKiểm tra y tế trường học\nTT\tNội dung\tĐơn vị chủ trì\tThời gian\n' +
      '1\tBáo cáo kết quả kiểm tra về Sở Y tế\tCác Trung tâm Y tế huyện\tTrước ngày 15/02/2027\n';
    expect(readPlanText(table).issuer).toBe('Sở Y tế tỉnh Lai Châu');
    // and without a header, a table cell names no issuer
    expect(readPlanText(table.replace('SỞ Y TẾ TỈNH LAI CHÂU\n', '')).issuer).toBeNull();
  });

  it("takes the plan's year from a school year in its title", () => {
    expect(
      readPlanText('SỞ Y TẾ TỈNH LAI CHÂU\nKẾ HOẠCH\nKiểm tra y tế trường học năm học 2026-2027\n- Báo cáo trước 15/02/2027.\n').year,
    ).toBe(2026);
    expect(readPlanText(`SỞ Y TẾ TỈNH LAI CHÂU${body}`).year).toBe(2027);
  });
});
