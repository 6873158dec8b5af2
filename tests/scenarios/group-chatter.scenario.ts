import { STATUS_CHOICES } from './guided-report.scenario.js';
import type { Scenario } from './scenario.js';

export const groupChatter: Scenario = {
  name: 'Trong nhóm đông người, trợ lý chỉ nghe điều nói với nó',
  needs: ['chatter'],
  steps: [
    { as: 'focal', in: 'unit', say: 'Chào cả nhà, chiều nay họp giao ban nhé', chatter: true, expect: null },
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao NV5',
      expect: {
        text: /^\[NV5\] Sơ kết, tổng kết và báo cáo kết quả triển khai kế hoạch .*: tình trạng thế nào\? Có thể gõ số phần trăm, ví dụ 60%\.$/,
        choices: STATUS_CHOICES,
      },
    },
    // Someone else talking meanwhile is not an answer to the focal point's question.
    { as: 'stranger', in: 'unit', say: 'Dạ vâng ạ', chatter: true, expect: null },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Đang thực hiện' },
      reply: true,
      expect: 'Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.',
    },
    { as: 'focal', in: 'unit', say: '/huy', expect: 'Đã hủy thao tác /baocao đang làm dở.' },
  ],
};
