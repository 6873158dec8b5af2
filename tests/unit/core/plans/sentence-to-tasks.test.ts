import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../../src/core/dates/local-date.js';
import { vietnameseCalendar } from '../../../../src/core/calendar/vietnam-calendar.js';
import { proposePlanFromText } from '../../../../src/core/plans/import/propose-plan.js';

describe('a sentence with two dates, split into two tasks', () => {
  it('gives each task the "year assumed" warning of its own date, not its sibling\'s', () => {
    const text = [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 45/KH-SYT',
      'KẾ HOẠCH',
      'Phòng chống sốt xuất huyết năm 2027',
      'II. NHIỆM VỤ',
      '1. Trung tâm Kiểm soát bệnh tật tỉnh tổ chức chiến dịch diệt lăng quăng trong tháng 5 và tháng 9.',
    ].join('\n');
    const proposal = proposePlanFromText(text, { units: [], referenceDate: '2026-12-06' as LocalDate });
    const written = proposal.tasks.map((task) => task.warnings.filter((w) => w.code === 'year_assumed').map((w) => w.params.written));
    expect(proposal.tasks.map((task) => task.rule.kind === 'once' && task.rule.due)).toEqual(['2027-05-31', '2027-09-30']);
    expect(written).toEqual([['trong tháng 5'], ['tháng 9']]);
  });
});

describe('a sentence with two duties, each with its own verb and deadline', () => {
  const text = (sentence: string) =>
    ['SỞ Y TẾ TỈNH LAI CHÂU', 'Số: 145/KH-SYT', 'KẾ HOẠCH', 'Phòng chống sốt xuất huyết năm 2026', 'III. NHIỆM VỤ', `5. ${sentence}`].join(
      '\n',
    );

  it('gives each duty its own title, not both duties named twice with a date', () => {
    const proposal = proposePlanFromText(
      text('Các đơn vị báo cáo sơ kết 6 tháng trước ngày 20/6/2026; báo cáo tổng kết năm trước ngày 15/12/2026.'),
      { units: [], referenceDate: '2026-03-15' as LocalDate },
    );
    expect(proposal.tasks.map((task) => [task.title, task.rule.kind === 'once' && task.rule.due])).toEqual([
      ['Báo cáo sơ kết 6 tháng', '2026-06-20'],
      ['Báo cáo tổng kết năm', '2026-12-15'],
    ]);
  });

  it('splits two dated duties joined by "và", the second a report too when it names only what is reported', () => {
    const proposal = proposePlanFromText(text('Báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và tổng kết năm trước ngày 10/12/2026.'), {
      units: [],
      referenceDate: '2026-03-15' as LocalDate,
    });
    expect(proposal.tasks.map((task) => [task.title, task.rule.kind === 'once' && task.rule.due])).toEqual([
      ['Báo cáo sơ kết 6 tháng', '2026-06-15'],
      ['Báo cáo tổng kết năm', '2026-12-10'],
    ]);
    const two = proposePlanFromText(text('Tổ chức kiểm tra trước ngày 30/6/2026 và báo cáo kết quả về Sở trước ngày 15/7/2026.'), {
      units: [],
      referenceDate: '2026-03-15' as LocalDate,
    });
    expect(two.tasks.map((task) => task.title)).toEqual(['Tổ chức kiểm tra', 'Báo cáo kết quả về Sở']);
    // one date shared by two words of one duty stays one task
    const one = proposePlanFromText(text('Xây dựng và ban hành kế hoạch trước ngày 30/6/2026.'), {
      units: [],
      referenceDate: '2026-03-15' as LocalDate,
    });
    expect(one.tasks).toHaveLength(1);
  });

  it('gives one duty due in two rounds a title per round', () => {
    const proposal = proposePlanFromText(text('Trung tâm Y tế tổ chức tập huấn đợt 1 trước ngày 30/4/2026; đợt 2 trước ngày 30/9/2026.'), {
      units: [],
      referenceDate: '2026-03-15' as LocalDate,
    });
    // "đợt 2" opens with no verb of its own: the same duty, each round its own task
    expect(proposal.tasks.map((task) => [task.title.replace(/^.*tập huấn /, ''), task.rule.kind === 'once' && task.rule.due])).toEqual([
      ['đợt 1', '2026-04-30'],
      ['đợt 2', '2026-09-30'],
    ]);
    const months = proposePlanFromText(
      text('Các Trung tâm Y tế triển khai chiến dịch diệt lăng quăng đợt 1 trong tháng 5/2026, đợt 2 trong tháng 9/2026.'),
      {
        units: [],
        referenceDate: '2026-03-15' as LocalDate,
      },
    );
    expect(months.tasks.map((task) => task.title)).toEqual([
      'Triển khai chiến dịch diệt lăng quăng đợt 1',
      'Triển khai chiến dịch diệt lăng quăng đợt 2',
    ]);
  });
});

describe('a task done by several units named at the start of its sentence', () => {
  it.each([
    'Các bệnh viện, Trung tâm Y tế các huyện xây dựng kế hoạch phòng chống dịch của đơn vị, gửi về Sở Y tế trước ngày 30/3/2026.',
    'Các bệnh viện và Trung tâm Y tế các huyện xây dựng kế hoạch phòng chống dịch của đơn vị, gửi về Sở Y tế trước ngày 30/3/2026.',
  ])('is titled from its verb, without any of them: %s', (sentence) => {
    const text = [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 145/KH-SYT',
      'KẾ HOẠCH',
      'Phòng chống dịch năm 2026',
      'III. NHIỆM VỤ',
      `1. ${sentence}`,
    ].join('\n');
    const [task] = proposePlanFromText(text, { units: [], referenceDate: '2026-03-15' as LocalDate }).tasks;
    // before, the title kept the second doer: "Và Trung tâm Y tế các huyện xây dựng kế hoạch …"
    expect(task?.title).toBe('Xây dựng kế hoạch phòng chống dịch của đơn vị');
    expect(task?.responsible).toMatch(/^Các bệnh viện.*Trung tâm Y tế các huyện$/);
  });
});

describe('a deadline counted from the plan’s signing or from an event', () => {
  const plan = (...sentences: string[]) =>
    [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 61/KH-SYT',
      'Lai Châu, ngày 24 tháng 4 năm 2026',
      'KẾ HOẠCH',
      'Kiểm tra công tác an toàn thực phẩm năm 2026',
      'II. NHIỆM VỤ',
      ...sentences.map((sentence, i) => `${i + 1}. ${sentence}`),
    ].join('\n');

  it('dates it from the signing on the working calendar, leaves the words out of the title, and says how it counted', () => {
    const proposal = proposePlanFromText(
      plan(
        'Các Trung tâm Y tế huyện xây dựng kế hoạch kiểm tra của đơn vị trong vòng 10 ngày làm việc kể từ ngày ký ban hành Kế hoạch này.',
        'Trung tam Y te huyen gui bao cao ket qua kiem tra trong 10 ngay lam viec ke tu ngay nhan duoc van ban de nghi cua So.',
      ),
      { units: [], referenceDate: '2026-04-25' as LocalDate, calendar: vietnameseCalendar() },
    );
    const [planned, reported] = proposal.tasks;
    expect(proposal.plan.issuedOn).toBe('2026-04-24');
    // 27/4, 30/4 and 1/5 are days off in 2026
    expect(planned?.rule).toEqual({ kind: 'once', due: '2026-05-13', inclusive: true, precision: 'day' });
    expect(planned?.title).toBe('Xây dựng kế hoạch kiểm tra của đơn vị');
    expect(planned?.warnings.map((w) => w.code)).toContain('relative_to_issue');
    // from a request that has not come yet: kept with no date, and the officer told why
    expect(reported?.rule).toEqual({ kind: 'unscheduled', reason: 'event' });
    expect(reported?.title).not.toMatch(/ke tu ngay|10 ngay/);
    expect(reported?.warnings.map((w) => w.code)).toContain('relative_to_event');
  });
});

describe('a long sentence whose last clauses lead to its deadline', () => {
  const text = (sentence: string) =>
    ['SỞ Y TẾ TỈNH LAI CHÂU', 'Số: 412/KH-SYT', 'KẾ HOẠCH', 'Phòng chống sốt xuất huyết năm 2027', 'II. NỘI DUNG', `1. ${sentence}`].join(
      '\n',
    );
  const tasksOf = (sentence: string) =>
    proposePlanFromText(text(sentence), { units: [], referenceDate: '2027-01-15' as LocalDate }).tasks.map((task) => [
      task.title,
      task.rule.kind === 'once' ? task.rule.due : task.rule.kind,
    ]);

  it('keeps "…, xã, hoàn thành trong quý I" with the work before it: a place and when it is due, not work of their own', () => {
    expect(
      tasksOf(
        'Tổ chức tập huấn chuyên môn về giám sát, chẩn đoán, điều trị sốt xuất huyết cho cán bộ y tế tuyến huyện, xã, hoàn thành trong quý I/2027.',
      ),
    ).toEqual([
      ['Tổ chức tập huấn chuyên môn về giám sát, chẩn đoán, điều trị sốt xuất huyết cho cán bộ y tế tuyến huyện, xã', '2027-03-31'],
    ]);
  });
});

describe('a table copied from Word without a column of units that help', () => {
  it('reads each row as the lead unit’s task, its title without “chủ trì:”, abbreviated units as their groups', () => {
    const text = [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 88/KH-SYT\tLai Châu, ngày 02 tháng 02 năm 2027',
      'KẾ HOẠCH',
      'Kiểm tra công tác chống nhiễm khuẩn năm 2027',
      'II. NỘI DUNG VÀ TIẾN ĐỘ',
      'STT\tNội dung công việc\tĐơn vị chủ trì\tThời gian hoàn thành',
      '1\tRà soát quy trình vô khuẩn, khử khuẩn dụng cụ\tCác bệnh viện\tTrước 31/3/2027',
      '2\tTổ chức tự kiểm tra, gửi kết quả về Sở Y tế\tCác BV, TTYT huyện\tQuý II/2027',
    ].join('\n');
    const proposal = proposePlanFromText(text, { units: [], referenceDate: '2027-02-02' as LocalDate });
    expect(proposal.tasks.map((task) => [task.title, task.responsible])).toEqual([
      ['Rà soát quy trình vô khuẩn, khử khuẩn dụng cụ', 'Các bệnh viện'],
      ['Tổ chức tự kiểm tra, gửi kết quả', 'Các BV, TTYT huyện'],
    ]);
  });
});

describe('a deadline written in parentheses', () => {
  it('leaves no double space where it stood in the title', () => {
    const text = [
      'SỞ Y TẾ TỈNH LAI CHÂU',
      'Số: 61/KH-SYT',
      'KẾ HOẠCH',
      'Chuyển đổi số y tế năm 2027',
      'II. NỘI DUNG',
      '2. Các Trung tâm Y tế huyện triển khai sổ sức khỏe điện tử; định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12) báo cáo kết quả về Sở Y tế.',
    ].join('\n');
    const proposal = proposePlanFromText(text, { units: [], referenceDate: '2026-12-06' as LocalDate });
    expect(proposal.tasks.length).toBeGreaterThan(0);
    for (const task of proposal.tasks) expect(task.title).not.toMatch(/\s{2}|\(\s*\)/);
  });
});
