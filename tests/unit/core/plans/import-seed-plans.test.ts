import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeadlineRule } from '../../../../src/core/deadlines/deadline-rule.js';
import { type PlanProposal, proposePlanFromText, type ProposedTask } from '../../../../src/core/plans/import/propose-plan.js';
import { foldVietnamese } from '../../../../src/core/text/vietnamese.js';
import { projectRoot } from '../../../../src/paths.js';
import { CLINICAL_UNITS, demoUnits, REPORTING_UNITS } from '../../../support/demo-units.js';

const units = demoUnits();
const TODAY = '2026-11-23';

function propose(file: string): PlanProposal {
  return proposePlanFromText(readFileSync(path.join(projectRoot, 'resources/plans', file), 'utf8'), { units, referenceDate: TODAY });
}

/** The proposed tasks that come from the plan's words containing this fragment. */
function tasksFrom(proposal: PlanProposal, fragment: string): ProposedTask[] {
  const wanted = foldVietnamese(fragment);
  return proposal.tasks.filter((task) => foldVietnamese(task.sourcePhrase).includes(wanted));
}

function onlyTask(proposal: PlanProposal, fragment: string): ProposedTask {
  const found = tasksFrom(proposal, fragment);
  expect(found, fragment).toHaveLength(1);
  return found[0]!;
}

const NO_DAY: DeadlineRule = { kind: 'unscheduled', reason: 'no_day' };

describe('importing the five seed plans', () => {
  it('000 — KH 20/KH-SYT, Lai Châu 2020', () => {
    const proposal = propose('000_c0f888dbe8ff724d.txt');
    expect(proposal.plan).toMatchObject({
      symbol: '20/KH-SYT',
      code: 'KH20-2020',
      issuer: 'Sở Y tế tỉnh Lai Châu',
      issuedOn: '2020-02-07',
      year: 2020,
    });
    expect(proposal.warnings).toEqual([]);

    // III.5 asks for two things: the unit's own plan (undated) and the report due before 20/11/2020
    const [ownPlan, report] = tasksFrom(proposal, 'trước ngày 20/11/2020');
    expect(ownPlan).toMatchObject({
      title: 'Xây dựng kế hoạch cụ thể, triển khai thực hiện đầy đủ các nội dung trong kế hoạch, phù hợp chức với năng nhiệm vụ của đơn vị',
      rule: NO_DAY,
      unitCodes: REPORTING_UNITS,
    });
    expect(report!.title).toBe('Tổ chức sơ kết, tổng kết và báo cáo kết quả triển khai thực hiện');
    expect(report!.rule).toEqual({ kind: 'once', due: '2020-11-20', inclusive: false, precision: 'day' });
    expect(report!.unitCodes).toEqual(REPORTING_UNITS);
    expect(report!.recipient).toBe('Sở Y tế (qua phòng tổ chức cán bộ)');

    expect(onlyTask(proposal, 'cuối năm báo cáo kết quả').rule).toEqual({
      kind: 'once',
      due: '2020-12-31',
      inclusive: true,
      precision: 'year',
    });
    expect(onlyTask(proposal, 'hàng tháng, hàng quý và cuối năm').rule).toEqual(NO_DAY);
    const budget = onlyTask(proposal, 'kinh phí hàng năm');
    expect(budget).toMatchObject({ rule: NO_DAY, unitCodes: ['SYT-KHTC'], responsible: 'Phòng Kế hoạch - Tài chính, Sở Y tế' });
    expect(onlyTask(proposal, 'Công tác giám sát được triển khai thực hiện thường xuyên')).toMatchObject({
      rule: NO_DAY,
      unitCodes: CLINICAL_UNITS,
    });
    expect(onlyTask(proposal, 'Xây dựng kế hoạch truyền thông').unitCodes).toEqual(['CDC']);
    expect(onlyTask(proposal, 'Thành lập Tổ công tác xã hội').unitCodes).toEqual(CLINICAL_UNITS);
    // a heading whose tasks sit under it is not a task of its own; one with none is ("4.3. Tập huấn …")
    expect(tasksFrom(proposal, 'Thành lập Ban Chỉ đạo của đơn vị và tổ chức triển khai thực hiện')).toHaveLength(0);
    expect(tasksFrom(proposal, 'Tập huấn nâng cao kỹ năng giao tiếp')).toHaveLength(1);
    // the plan's purpose, its citations and the list of recipients are not tasks
    expect(tasksFrom(proposal, 'Tiếp tục nâng cao nhận thức')).toHaveLength(0);
    expect(tasksFrom(proposal, 'Bộ Y tế (để báo cáo)')).toHaveLength(0);
    // duties a facility is checked on, said without a date: receiving citizens, uniforms, the complaint box
    expect(onlyTask(proposal, 'Tổ chức tiếp công dân theo quy định của luật tiếp công dân')).toMatchObject({
      rule: NO_DAY,
      unitCodes: REPORTING_UNITS,
    });
    expect(onlyTask(proposal, 'Trang phục y tế của nhân viên y tế').title).toMatch(
      /^Trang phục y tế của nhân viên y tế: thực hiện theo Thông tư 45\/2015\/TT-BYT/,
    );
    expect(onlyTask(proposal, 'Thực hiện hòm thư góp ý').title).toMatch(
      /^Thực hiện hòm thư góp ý: triển khai đặt hòm thư và xử lý thư góp ý theo quy định tại thông tư số 25\/TT-BYT/,
    );
    // "kiểm tra theo kế hoạch và kiểm tra đột xuất": planned inspections and surprise ones
    expect(
      tasksFrom(proposal, 'Sở Y tế tiến hành kiểm tra theo kế hoạch và kiểm tra đột xuất').map((t) => [
        /\((.*)\)$/.exec(t.title)?.[1],
        t.rule,
        t.unitCodes,
      ]),
    ).toEqual([
      ['định kỳ', NO_DAY, ['SYT']],
      ['đột xuất', { kind: 'unscheduled', reason: 'ad_hoc' }, ['SYT']],
    ]);
    // a standing duty said by its verb after the doer, with no date, is a task too
    expect(onlyTask(proposal, 'Bố trí đủ nguồn lực cho công tác quản lý chất thải').rule).toEqual(NO_DAY);
    expect(proposal.tasks).toHaveLength(30);
  });

  it('001 — Đắk Nông 2023 (no number, signed 16/02/2023)', () => {
    const proposal = propose('001_d7a92b727d867385.txt');
    expect(proposal.plan).toMatchObject({ symbol: null, issuer: 'Sở Y tế tỉnh Đắk Nông', issuedOn: '2023-02-16', year: 2023 });

    // the 6-month review and the annual review: two tasks, one due date each
    const reviews = tasksFrom(proposal, 'trước ngày 15 tháng 6 và 15/12 hàng năm');
    expect(reviews.map((t) => t.rule)).toEqual([
      { kind: 'yearly', month: 6, day: 15, inclusive: false },
      { kind: 'yearly', month: 12, day: 15, inclusive: false },
    ]);
    expect(reviews.map((t) => t.title.slice(-7))).toEqual(['(15/06)', '(15/12)']);
    for (const review of reviews)
      expect(review).toMatchObject({ unitCodes: REPORTING_UNITS, recipient: 'Sở Y tế', responsible: 'Ban Chỉ đạo các cấp' });

    // "hàng năm theo kế hoạch và đột xuất": the yearly inspections and the surprise ones, two tasks
    expect(tasksFrom(proposal, 'kiểm tra, giám sát hàng năm theo kế hoạch và đột xuất').map((t) => t.rule)).toEqual([
      NO_DAY,
      { kind: 'unscheduled', reason: 'ad_hoc' },
    ]);
    // one-off work naming only the plan's year: due by its end, said so
    const workPlan = onlyTask(proposal, 'ban hành kế hoạch công tác năm 2023');
    expect(workPlan).toMatchObject({
      title: 'Xây dựng, ban hành kế hoạch công tác năm 2023 phù hợp đặc thù đơn vị',
      rule: { kind: 'once', due: '2023-12-31', inclusive: true, precision: 'year' },
      unitCodes: REPORTING_UNITS,
    });
    expect(workPlan.warnings).toContainEqual({ code: 'year_only', params: { written: 'năm 2023', due: '31/12/2023' } });
    // receiving citizens and settling complaints (II.3 and II.7), and the staff conference after "; tổ chức hội nghị"
    expect(onlyTask(proposal, 'Tổ chức tiếp công dân theo quy định của Luật tiếp công dân')).toMatchObject({
      rule: NO_DAY,
      unitCodes: REPORTING_UNITS,
    });
    expect(onlyTask(proposal, 'giải quyết 100% đơn thư khiếu nại').title).toBe(
      'Nâng cao hiệu quả công tác tiếp dân, giải quyết 100% đơn thư khiếu nại, tố cáo, không để tồn đọng',
    );
    const conference = onlyTask(proposal, 'tổ chức hội nghị cán bộ công chức, viên chức');
    expect(conference).toMatchObject({ rule: NO_DAY, unitCodes: REPORTING_UNITS, responsible: '100% đơn vị' });
    expect(conference.title).toMatch(/^Tổ chức hội nghị cán bộ công chức, viên chức theo quy định tại Thông tư số 01\/2016\/TT-BNV/);
    expect(onlyTask(proposal, 'tiếp tục xây dựng, sửa đổi, bổ sung các quy chế').title).toMatch(
      /^Tiếp tục xây dựng, sửa đổi, bổ sung các quy chế/,
    );
    expect(proposal.tasks).toHaveLength(27);
    expect(onlyTask(proposal, 'đánh giá kết quả công tác hằng năm').rule).toEqual(NO_DAY);
    expect(onlyTask(proposal, 'Phòng Tổ chức cán bộ - Sở Y tế là cơ quan đầu mối').unitCodes).toEqual(['SYT-TCCB']);
    expect(onlyTask(proposal, 'Trung tâm Kiểm soát bệnh tật làm đầu mối').unitCodes).toEqual(['CDC']);
    // "if there are difficulties, contact …" is advice, not a task
    expect(tasksFrom(proposal, 'nếu có khó khăn, vướng mắc')).toHaveLength(0);
  });

  it('002 — a news article on the Hà Nội plan, one deadline', () => {
    const proposal = propose('002_787ed9ad3e31e18c.txt');
    // a news article: named after the directive it carries out, not its headline; no year is made up
    expect(proposal.plan).toMatchObject({
      symbol: null,
      title: 'Triển khai thực hiện Chỉ thị số 30',
      issuer: 'Sở Y tế Hà Nội',
      year: null,
    });
    expect(proposal.warnings).toEqual([
      { code: 'plan_year_unknown', params: {} },
      {
        code: 'plan_title_from_text',
        params: {
          title: 'Triển khai thực hiện Chỉ thị số 30',
          headline: 'Đẩy mạnh thi đua đổi mới phong cách, thái độ phục vụ, hướng tới sự hài lòng của người bệnh',
        },
      },
    ]);
    const report = onlyTask(proposal, 'trước ngày 10/11 hằng năm');
    expect(report).toMatchObject({
      rule: { kind: 'yearly', month: 11, day: 10, inclusive: false },
      unitCodes: REPORTING_UNITS,
      recipient: 'Sở Y tế',
    });
    // the web page's other headlines and their dates are not tasks
    expect(tasksFrom(proposal, 'sốt xuất huyết')).toHaveLength(0);
    expect(proposal.tasks).toHaveLength(3);
  });

  it('003 — Quy tắc ứng xử 2014 (no number, no date, typos)', () => {
    const proposal = propose('003_a8f836fe1c300586.txt');
    expect(proposal.plan).toMatchObject({ symbol: null, issuer: null, year: 2014 });
    expect(proposal.warnings.map((w) => w.code)).toEqual(['plan_year_inferred']);

    // "Việc thành lập … phải được thực hiện xong trong Quý 11/2014" dates both 1.1 (the Sở) and 1.2 (the units)
    const committees = proposal.tasks.filter((t) => /^Thành lập Ban [Cc]hỉ đạo/.test(t.title));
    expect(committees.map((t) => t.unitCodes)).toEqual([['SYT'], REPORTING_UNITS]);
    for (const task of committees) {
      expect(task.rule).toEqual({ kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' });
      expect(task.warnings.map((w) => w.code)).toContain('typo_quarter');
    }
    const propaganda = onlyTask(proposal, 'từ năm 2104');
    expect(propaganda.rule).toEqual(NO_DAY);
    expect(propaganda.warnings).toContainEqual({ code: 'typo_year', params: { written: 'năm 2104', read: 2014 } });
    expect(onlyTask(proposal, 'Định kỳ 6 tháng, một năm tổ chức đánh giá sơ kết')).toMatchObject({
      rule: NO_DAY,
      unitCodes: REPORTING_UNITS,
    });
    // "vào dịp … 27-2 hàng năm": both the Sở's launch and the facilities' own
    const emulation = tasksFrom(proposal, '27-2 hàng năm');
    expect(emulation.map((t) => t.unitCodes)).toEqual([['SYT'], REPORTING_UNITS]);
    for (const task of emulation) expect(task.rule).toEqual({ kind: 'yearly', month: 2, day: 27, inclusive: true });
    // "Sau khi dự tập huấn do Bộ Y tế tổ chức trong quý II/2014, Sở Y tế tổ chức tập huấn …": two tasks
    const training = tasksFrom(proposal, 'Sau khi dự tập huấn');
    expect(training.map((t) => t.rule.kind)).toEqual(['once', 'unscheduled']);
    // attending the Ministry's training (Q2/2014), titled in its own words, not "(Tổ chức tập huấn)" again
    expect(training[0]).toMatchObject({
      title: 'Dự tập huấn do Bộ Y tế tổ chức',
      rule: { kind: 'once', due: '2014-06-30', inclusive: true, precision: 'quarter' },
      unitCodes: ['SYT'],
    });
    expect(training[1]!.title).toMatch(/^Tổ chức tập huấn cho các đơn vị tuyến tỉnh, huyện/);
    // "Thời gian tổ chức tập huấn từ Quý III/2014 và được duy trì hàng năm", said twice, dates each its own task
    expect(tasksFrom(proposal, 'Thời gian tổ chức tập huấn từ Quý III/2014').map((t) => t.unitCodes)).toEqual([['SYT'], REPORTING_UNITS]);
    expect(onlyTask(proposal, 'Kiểm tra định kỳ: Định kỳ 6 tháng, hàng năm')).toMatchObject({ rule: NO_DAY, unitCodes: ['SYT'] });
    // the demo Sở has a Thanh tra Sở; a Sở without one gets the task itself, with a warning
    const inspection = onlyTask(proposal, 'Thanh tra Sở Y tế tổ chức thanh tra');
    expect(inspection).toMatchObject({ rule: NO_DAY, unitCodes: ['SYT-TTRA'] });
    expect(inspection.warnings.map((w) => w.code)).not.toContain('unit_fallback');
    const withoutInspectorate = proposePlanFromText(
      readFileSync(path.join(projectRoot, 'resources/plans', '003_a8f836fe1c300586.txt'), 'utf8'),
      {
        units: units.filter((unit) => unit.code !== 'SYT-TTRA'),
        referenceDate: TODAY,
      },
    );
    const fallback = onlyTask(withoutInspectorate, 'Thanh tra Sở Y tế tổ chức thanh tra');
    expect(fallback).toMatchObject({ rule: NO_DAY, unitCodes: ['SYT'] });
    expect(fallback.warnings).toContainEqual({ code: 'unit_fallback', params: { name: 'Thanh tra Sở Y tế' } });
    expect(onlyTask(proposal, 'trước ngày 20 tháng 11 hàng năm')).toMatchObject({
      rule: { kind: 'yearly', month: 11, day: 20, inclusive: false },
      unitCodes: REPORTING_UNITS,
      recipient: 'Ban chỉ đạo Sở Y tế (qua phòng Tổ chức cán bộ)',
    });
    expect(onlyTask(proposal, 'trước ngày 25 tháng 11 hàng năm')).toMatchObject({
      rule: { kind: 'yearly', month: 11, day: 25, inclusive: false },
      unitCodes: ['SYT'],
      recipient: 'Bộ Y tế',
    });
    expect(onlyTask(proposal, 'Báo cáo đột xuất theo yêu cầu')).toMatchObject({
      rule: { kind: 'unscheduled', reason: 'ad_hoc' },
      unitCodes: ['SYT'],
      recipient: 'Bộ Y tế hoặc UBND tỉnh',
    });
    expect(onlyTask(proposal, 'các đơn vị trực thuộc hàng năm xây dựng kế hoạch')).toMatchObject({
      rule: NO_DAY,
      unitCodes: REPORTING_UNITS,
    });
    // a centre this Department does not have: proposed, unassigned, and said so
    const health = onlyTask(proposal, 'Trung tâm Truyền thông - Giáo dục sức khoẻ');
    expect(health.unitCodes).toEqual([]);
    expect(health.warnings.map((w) => w.code)).toContain('unit_not_found');
    // "II. NỘI DUNG TRIỂN KHAI" only summarises "III. NHIỆM VỤ CỤ THỂ"
    expect(tasksFrom(proposal, 'Tập huấn cho các thành viên Ban chỉ đạo sở')).toHaveLength(0);
  });

  it('004 — Khánh Hòa 2019 (administrative reform communication)', () => {
    const proposal = propose('004_9e6766c84e19ba12.txt');
    // "Khánh Hòa, ngày   tháng 3 năm 2019": the month of issue is kept though the day was left blank
    expect(proposal.plan).toMatchObject({ symbol: null, code: 'TTCCHC-2019', year: 2019, issuedOn: null, issuedMonth: '2019-03' });
    expect(onlyTask(proposal, 'vào đầu tháng 04/2019')).toMatchObject({
      rule: { kind: 'once', due: '2019-04-10', inclusive: true, precision: 'early_month' },
      unitCodes: ['SYT-VP'],
    });
    const photos = onlyTask(proposal, 'trước ngày 20/11/2019');
    expect(photos).toMatchObject({
      title: 'Tập hợp các hình ảnh làm tài liệu minh chứng việc tuyên truyền CCHC được giao tại kế hoạch này',
      rule: { kind: 'once', due: '2019-11-20', inclusive: false, precision: 'day' },
      unitCodes: ['CDC'],
      recipient: 'Sở Y tế',
    });
    expect(photos.warnings.map((w) => w.code)).toEqual(['past_deadline']);
    // "định kỳ, đột xuất theo quy định": the periodic reports and those on request, as `deadlines` reads it
    expect(tasksFrom(proposal, 'định kỳ, đột xuất theo quy định').map((t) => [t.title, t.rule, t.unitCodes])).toEqual([
      ['Xây dựng báo cáo kết quả thực hiện định kỳ, đột xuất theo quy định (định kỳ)', NO_DAY, ['SYT-VP']],
      [
        'Xây dựng báo cáo kết quả thực hiện định kỳ, đột xuất theo quy định (đột xuất)',
        { kind: 'unscheduled', reason: 'ad_hoc' },
        ['SYT-VP'],
      ],
    ]);
    expect(proposal.tasks).toHaveLength(15);
    expect(onlyTask(proposal, 'sau khi được ban hành')).toMatchObject({
      rule: { kind: 'unscheduled', reason: 'event' },
      unitCodes: REPORTING_UNITS,
    });
    expect(onlyTask(proposal, 'Ngoài các nội dung tuyên truyền chung').unitCodes).toEqual(CLINICAL_UNITS);
    // the documents the plan cites are not tasks
    expect(tasksFrom(proposal, 'Quyết định số 4089/QĐ-UBND')).toHaveLength(0);
  });

  it('a plan that is not one proposes nothing and says so', () => {
    const proposal = proposePlanFromText('Chúc mừng năm mới!\nHẹn gặp lại.', { units, referenceDate: TODAY });
    expect(proposal.tasks).toEqual([]);
    expect(proposal.warnings.map((w) => w.code)).toContain('no_tasks');
  });
});
