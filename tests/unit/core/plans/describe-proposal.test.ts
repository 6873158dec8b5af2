import { describe, expect, it } from 'vitest';
import { describeProposal, describeProposalCompact, shortSentence } from '../../../../src/core/plans/import/describe-proposal.js';
import type { PlanProposal, ProposedTask } from '../../../../src/core/plans/import/propose-plan.js';
import { loadI18n } from '../../../../src/i18n/i18n.js';
import { localesDir } from '../../../../src/paths.js';

const SENTENCE =
  'Các đơn vị trực thuộc rà soát, kiện toàn Tổ tiếp nhận phản ánh qua đường dây nóng của đơn vị, hoàn thành trước ngày 15/01/2027.';

const task = (title: string, extra: Partial<ProposedTask> = {}): ProposedTask => ({
  title,
  rule: { kind: 'unscheduled', reason: 'no_day' },
  sourcePhrase: `${title} tại đơn vị theo kế hoạch của Sở Y tế, bảo đảm đúng tiến độ và chất lượng đề ra trong năm.`,
  responsible: null,
  unitCodes: ['BVDK'],
  recipient: null,
  warnings: [],
  ...extra,
});

const proposal = (tasks: ProposedTask[], unusedSentences: string[] = []): PlanProposal => ({
  plan: { symbol: '52/KH-SYT', code: 'KH52-2027', title: 'Đường dây nóng', shortTitle: null, issuer: null, issuedOn: null, year: 2027 },
  tasks,
  warnings: [],
  unusedSentences,
});

describe('the plan review list', () => {
  it('cuts a source sentence near 100 characters at a word', () => {
    expect(shortSentence(SENTENCE)).toBe(
      'Các đơn vị trực thuộc rà soát, kiện toàn Tổ tiếp nhận phản ánh qua đường dây nóng của đơn vị, hoàn…',
    );
    expect(shortSentence('Báo cáo về Sở Y tế.')).toBe('Báo cáo về Sở Y tế.');
  });

  it('keeps every task in a short message, the sources of the tasks to check first when not all fit', async () => {
    const t = (await loadI18n(localesDir)).translator('vi');
    const tasks = Array.from({ length: 8 }, (_, i) =>
      task(`Nhiệm vụ thứ ${i + 1} của kế hoạch`, i === 3 ? { warnings: [{ code: 'doer_inferred', params: {} }] } : {}),
    );
    const roomy = describeProposalCompact(t, proposal(tasks), 10_000);
    expect(roomy.match(/\n {3}Nguồn: /g)).toHaveLength(8);
    const tight = describeProposalCompact(t, proposal(tasks), 1_700).split('\n');
    expect(tight.filter((line) => line.startsWith('   Nguồn: '))).toHaveLength(1);
    expect(tight[tight.indexOf('   Nhận: (không ghi) · ⚠ kiểm tra đơn vị thực hiện') + 1]).toMatch(/^ {3}Nguồn: “Nhiệm vụ thứ 4/);
    expect(tight.filter((line) => /^\d+\. /.test(line))).toHaveLength(8);
  });

  it('lists the instructions no task came from, all in the dry run, five in chat', async () => {
    const t = (await loadI18n(localesDir)).translator('vi');
    const left = Array.from({ length: 7 }, (_, i) => `Tăng cường kiểm tra việc thứ ${i + 1} tại các khoa.`);
    const full = describeProposal(t, proposal([task('Báo cáo kết quả')], left)).split('\n');
    expect(full).toContain('⚠ 7 câu có vẻ là nhiệm vụ nhưng chưa thành nhiệm vụ nào (thêm bằng “thêm <nhiệm vụ>” nếu cần):');
    expect(full.filter((line) => line.startsWith('• “Tăng cường'))).toHaveLength(7);
    expect(full).toContain('   Gửi: (kế hoạch không ghi người nhận báo cáo)');
    const chat = describeProposalCompact(t, proposal([task('Báo cáo kết quả')], left), 3_100).split('\n');
    expect(chat.filter((line) => line.startsWith('• “Tăng cường'))).toHaveLength(5);
    expect(chat.at(-1)).toBe('… và 2 câu nữa (xem đủ bằng: npm run cli -- import plan <tệp> --dry-run).');
  });

  it("words a warning for the person reviewing, without the code the CLI's JSON leads with", async () => {
    const t = (await loadI18n(localesDir)).translator('vi');
    const withWarnings: PlanProposal = {
      ...proposal([task('Báo cáo kết quả', { warnings: [{ code: 'past_deadline', params: { due: '01/12/2026' } }] })]),
      warnings: [{ code: 'plan_year_unknown', params: {} }],
    };
    for (const text of [describeProposal(t, withWarnings), describeProposalCompact(t, withWarnings, 10_000)]) {
      expect(text).toContain('⚠ Văn bản không ghi năm; các hạn đọc được không cần năm.');
      expect(text).not.toMatch(/plan_year_unknown|past_deadline/);
    }
    // a task's own warnings in full (the chat's short list counts them)
    expect(describeProposal(t, withWarnings)).toContain('⚠ Hạn 01/12/2026 đã qua.');
  });
});
