import type { Scenario } from './scenario.js';

export const oneLineReport: Scenario = {
  name: 'Báo cáo một dòng và rút lại',
  steps: [
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao NV16 50% Đã xây dựng dự thảo kế hoạch tuyên truyền',
      expect:
        'Đã ghi nhận báo cáo của BVĐK tỉnh: [NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn vị (hạn 05/12/2026) — Đang thực hiện (50%).',
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao rut',
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
