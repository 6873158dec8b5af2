import { STATUS_CHOICES } from './guided-report.scenario.js';
import type { Scenario } from './scenario.js';

const title = '[NV2] Thành lập Tổ công tác xã hội tại đơn vị khám chữa bệnh (Điều 2 Thông tư…';

export const stickersAndPhotos: Scenario = {
  name: 'Nhãn dán thay cho chữ, ảnh làm minh chứng',
  needs: ['stickers', 'photos'],
  steps: [
    {
      as: 'admin',
      in: 'newGroup',
      say: '/dangky',
      expect:
        /^Nhóm này thuộc đơn vị nào\? Trả lời bằng mã hoặc tên đơn vị, ví dụ: BVDK hoặc TYT Sìn Hồ \(nhóm lãnh đạo Sở: trả lời lanhdao\)\.\n• SYT — Sở Y tế\n/,
    },
    {
      as: 'admin',
      in: 'newGroup',
      say: { sticker: true },
      reply: true,
      expect:
        'Nhóm này thuộc đơn vị nào? Trả lời bằng mã hoặc tên đơn vị, ví dụ: BVDK hoặc TYT Sìn Hồ (nhóm lãnh đạo Sở: trả lời lanhdao).',
    },
    {
      as: 'admin',
      in: 'newGroup',
      say: 'TTYT-PT',
      reply: true,
      expect:
        'Đã gắn nhóm này với Trung tâm Y tế Phong Thổ (TTYT-PT).\nTừ nay nhóm nhận nhắc hạn và bản tin tuần của đơn vị. Quản trị viên giao vai trò đầu mối bằng /phanquyen.',
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao NV2',
      expect: { text: `${title}: tình trạng thế nào? Có thể gõ số phần trăm, ví dụ 60%.`, choices: STATUS_CHOICES },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Hoàn thành' },
      reply: true,
      expect: 'Nội dung báo cáo: đã làm gì, kết quả ra sao (gõ ngắn gọn trong một tin nhắn).',
    },
    {
      as: 'focal',
      in: 'unit',
      say: { sticker: true },
      reply: true,
      expect: 'Tôi cần nội dung báo cáo bằng chữ. Vui lòng gõ vài dòng về kết quả thực hiện.',
    },
    {
      as: 'focal',
      in: 'unit',
      say: { photo: 'Quyết định thành lập tổ CTXH số 45/QĐ-BV' },
      reply: true,
      expect: {
        text: [
          'Kiểm tra lại trước khi gửi:',
          `• Nhiệm vụ: ${title}`,
          '• Tình trạng: Hoàn thành (100%)',
          '• Nội dung: Quyết định thành lập tổ CTXH số 45/QĐ-BV',
          '• Minh chứng: 1 tệp',
        ].join('\n'),
        choices: ['Gửi báo cáo', 'Hủy'],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Gửi báo cáo' },
      reply: true,
      expect:
        /^Đã ghi nhận báo cáo của BVĐK tỉnh: \[NV2\] Thành lập Tổ công tác xã hội .* — Hoàn thành \(100%\), hoàn thành đúng hạn\. Kèm 1 tệp minh chứng\.$/,
    },
  ],
};
