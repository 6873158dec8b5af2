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
      expect: [
        'Các lệnh bạn dùng được trong nhóm của Bệnh viện Đa khoa tỉnh Lai Châu:',
        '/start — Giới thiệu trợ lý và nhóm này',
        '/help — Các lệnh bạn dùng được ở đây',
        '/hanchot — Hạn chót sắp tới (mặc định 7 ngày)',
        '/quahan — Nhiệm vụ đã quá hạn mà chưa hoàn thành',
        '/minhchung — Xem ảnh, tệp minh chứng đã gửi kèm báo cáo của một nhiệm vụ',
        '/nghiphep — Báo nghỉ phép: trong thời gian nghỉ, nhắc hạn chuyển cho đầu mối dự phòng',
        '/ngonngu — Chọn ngôn ngữ trợ lý trả lời bạn (tiếng Việt hoặc tiếng Anh)',
        '/huy — Hủy thao tác đang làm dở',
        '',
        'Bạn chưa có vai trò nào. Nhờ quản trị viên dùng /phanquyen để giao vai trò (ví dụ: cán bộ đầu mối của đơn vị).',
        'Có thể gõ có dấu hoặc không dấu.',
      ].join('\n'),
    },
    { as: 'focal', in: 'unit', say: '/khongcolenhnay', expect: 'Không có lệnh /khongcolenhnay. Gõ /help để xem các lệnh bạn dùng được.' },
  ],
};
