import type { Scenario } from './scenario.js';

const ROLE_CHOICES = [
  'cán bộ đầu mối',
  'cán bộ đầu mối dự phòng (cấp phó)',
  'lãnh đạo đơn vị',
  'cán bộ xử lý phản ánh',
  'cán bộ, nhân viên',
  'lãnh đạo Sở',
  'quản trị viên',
];

export const numberedRoles: Scenario = {
  name: 'Phân quyền bằng lựa chọn',
  steps: [
    {
      as: 'stranger',
      in: 'unit',
      say: '/start',
      expect: [
        'Xin chào Khách! Tôi là Trợ lý Đầu mối: tôi giúp đơn vị theo dõi nhiệm vụ, hạn báo cáo và phản ánh của người dân.',
        'Nhóm này thuộc Bệnh viện Đa khoa tỉnh Lai Châu.',
        'Gõ /help để xem các lệnh bạn dùng được.',
      ].join('\n'),
    },
    { as: 'admin', in: 'unit', say: '/phanquyen id:{id:stranger}', expect: { text: 'Giao vai trò nào cho Khách?', choices: ROLE_CHOICES } },
    { as: 'admin', in: 'unit', say: '/huy', expect: 'Đã hủy thao tác /phanquyen đang làm dở.' },
    { as: 'admin', in: 'unit', say: '/phanquyen id:{id:stranger}', expect: { text: 'Giao vai trò nào cho Khách?', choices: ROLE_CHOICES } },
    {
      as: 'admin',
      in: 'unit',
      say: { choose: 'dự phòng' },
      reply: true,
      expect: 'Đã giao vai trò cán bộ đầu mối dự phòng (cấp phó) của Bệnh viện Đa khoa tỉnh Lai Châu cho Khách.',
    },
    { as: 'stranger', in: 'unit', say: '/nhiemvu', expect: /^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu \(11\):\n1\. \[NV10\]/ },
  ],
};
