import type { Scenario } from './scenario.js';

export const startAndHelp: Scenario = {
  name: 'Chào hỏi và trợ giúp',
  steps: [
    {
      as: 'focal',
      in: 'unit',
      say: '/start',
      expect: [
        'Xin chào Nguyễn Thị Lan! Tôi là Trợ lý Đầu mối: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.',
        'Nhóm này thuộc Bệnh viện Đa khoa tỉnh Lai Châu.',
        'Gõ /help để xem các lệnh bạn dùng được.',
      ].join('\n'),
    },
    {
      as: 'focal',
      in: 'private',
      say: '/start',
      expect: [
        'Xin chào Nguyễn Thị Lan! Tôi là Trợ lý Đầu mối: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.',
        'Đây là trò chuyện riêng giữa bạn và trợ lý.',
        'Gõ /help để xem các lệnh bạn dùng được.',
      ].join('\n'),
    },
    {
      as: 'stranger',
      in: 'unit',
      say: '/help',
      // The commands anyone may use grow with each feature; the frame and the first lines are what stays.
      expect: new RegExp(
        [
          '^Các lệnh bạn dùng được trong nhóm của Bệnh viện Đa khoa tỉnh Lai Châu:',
          '/start — Giới thiệu trợ lý và nhóm này',
          '/help — Các lệnh bạn dùng được ở đây',
          '(/\\S+ — .+\\n)+',
          'Bạn chưa có vai trò nào\\. Nhờ quản trị viên dùng /phanquyen để giao vai trò \\(ví dụ: cán bộ đầu mối của đơn vị\\)\\.',
          'Có thể gõ có dấu hoặc không dấu\\.$',
        ].join('\\n'),
      ),
    },
    { as: 'focal', in: 'unit', say: '/khongcolenhnay', expect: 'Không có lệnh /khongcolenhnay. Gõ /help để xem các lệnh bạn dùng được.' },
  ],
};
