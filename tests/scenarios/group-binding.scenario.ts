import type { Scenario } from './scenario.js';

const askUnit =
  'Nhóm này thuộc đơn vị nào? Trả lời bằng mã hoặc tên đơn vị, ví dụ: BVDK hoặc TYT Sìn Hồ (nhóm lãnh đạo Sở: trả lời lanhdao).';

export const groupBinding: Scenario = {
  name: 'Gắn nhóm mới với đơn vị',
  steps: [
    {
      as: 'stranger',
      in: 'newGroup',
      say: '/start',
      expect: [
        'Xin chào Khách! Tôi là Trợ lý Đầu mối: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.',
        'Nhóm này chưa gắn với đơn vị nào. Quản trị viên gõ /dangky <mã đơn vị> để gắn.',
        'Gõ /help để xem các lệnh bạn dùng được.',
      ].join('\n'),
    },
    // Each platform has its own administrators besides the demo one: only the first name is the same everywhere.
    {
      as: 'focal',
      in: 'newGroup',
      say: '/dangky CDC',
      expect: /^Chỉ quản trị viên mới dùng được lệnh \/dangky\. Quản trị viên hiện nay: Trần Quốc Minh/,
    },
    {
      as: 'admin',
      in: 'newGroup',
      say: '/dangky',
      expect: [
        askUnit,
        '• SYT — Sở Y tế',
        '• SYT-TCCB — Phòng TCCB',
        '• SYT-VP — Văn phòng Sở',
        '• SYT-KHTC — Phòng KH-TC',
        '• SYT-NVY — Phòng NVY',
        '• SYT-TTRA — Thanh tra Sở',
        '• BVDK — BVĐK tỉnh',
        '• BVYHCT — BV YDCT-PHCN',
        '• BVPHOI — BV Phổi',
        '• CDC — CDC tỉnh',
        '• TTYT-TD — TTYT Tam Đường',
        '• TTYT-PT — TTYT Phong Thổ',
        '… và 6 đơn vị nữa: gõ tên đơn vị để tìm, ví dụ “trạm y tế Bản Bo”.',
      ].join('\n'),
    },
    {
      as: 'admin',
      in: 'newGroup',
      say: 'cdc',
      reply: true,
      expect: [
        'Đã gắn nhóm này với Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu (CDC).',
        'Từ nay nhóm nhận nhắc hạn và bản tin tuần của đơn vị. Quản trị viên giao vai trò đầu mối bằng /phanquyen.',
      ].join('\n'),
    },
    {
      as: 'stranger',
      in: 'newGroup',
      say: '/start',
      expect: [
        'Xin chào Khách! Tôi là Trợ lý Đầu mối: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.',
        'Nhóm này thuộc Trung tâm Kiểm soát bệnh tật tỉnh Lai Châu.',
        'Gõ /help để xem các lệnh bạn dùng được.',
      ].join('\n'),
    },
  ],
};
