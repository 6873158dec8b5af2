import type { Scenario } from './scenario.js';

export const oneLineReport: Scenario = {
  name: 'Báo cáo một dòng và rút lại',
  steps: [
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao NV16 50% Đã xây dựng dự thảo kế hoạch tuyên truyền',
      expect:
        // 05/12/2026 is a Saturday: the reply gives the day it really ends on, as /nhiemvu does
        'Đã ghi nhận báo cáo của BVĐK tỉnh: [NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị (hạn 05/12 (thứ Bảy) → nộp đến hết thứ Hai 07/12) — Đang thực hiện (50%).',
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao rut',
      // which report it would take back, and a question: never a silent withdrawal
      expect: {
        text: /^Rút lại báo cáo gần nhất của bạn: \[NV16\] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị, gửi lúc \d\d:\d\d \d\d\/\d\d\/\d{4}, Đang thực hiện \(50%\)\? Trả lời Có hoặc Không\.$/,
        choices: ['Có, rút lại', 'Không'],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Có, rút lại' },
      reply: true,
      expect: 'Đã rút lại báo cáo về [NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị.',
    },
    {
      as: 'stranger',
      in: 'unit',
      say: '/baocao NV16 50% Tôi báo cáo thay',
      expect:
        'Bạn chưa có vai trò nào trong hệ thống nên chưa dùng được lệnh /baocao — lệnh này dành cho cán bộ đầu mối hoặc cán bộ đầu mối dự phòng (cấp phó). Hãy nhờ quản trị viên dùng /phanquyen để giao vai trò cho bạn.',
    },
  ],
};
