import type { Scenario } from './scenario.js';

export const STATUS_CHOICES = ['Chưa bắt đầu', 'Đang thực hiện', 'Hoàn thành', 'Gặp khó khăn'];

export const guidedReport: Scenario = {
  name: 'Báo cáo tiến độ theo từng bước',
  steps: [
    {
      as: 'focal',
      in: 'unit',
      say: '/baocao',
      expect: {
        text: 'Báo cáo nhiệm vụ nào? Dưới đây là 10 nhiệm vụ gần hạn nhất; còn 1 nhiệm vụ khác: gõ /baocao <mã nhiệm vụ> (xem mã bằng /nhiemvu).',
        // Codes, titles and order; the due-date wording belongs to the deadline engine's own tests.
        choices: [
          /^\[NV10\] Kiểm tra, đánh giá .* — /,
          /^\[NV1\] Rà soát, kiện toàn .* — /,
          /^\[NV11\] Báo cáo sơ kết, .* — /,
          /^\[NV8\] Xây dựng, ban hành .* — /,
          /^\[NV5\] Sơ kết, tổng kết .* — /,
          /^\[NV16\] Xây dựng kế hoạch .* — /,
          /^\[NV2\] Thành lập Tổ công .* — /,
          /^\[NV7\] Báo cáo tổng kết .* — /,
          /^\[NV9\] Khảo sát, đánh giá .* — /,
          /^\[NV14\] Tập huấn Quy tắc .* — /,
        ],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Báo cáo tổng kết năm' },
      reply: true,
      expect: {
        text: '[NV7] Báo cáo tổng kết năm thực hiện kế hoạch: tình trạng thế nào? Có thể gõ số phần trăm, ví dụ 60%.',
        choices: STATUS_CHOICES,
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Đang thực hiện' },
      reply: true,
      expect: 'Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.',
    },
    {
      as: 'focal',
      in: 'unit',
      say: '45',
      reply: true,
      expect: 'Nội dung báo cáo: đã làm gì, kết quả ra sao (gõ ngắn gọn trong một tin nhắn).',
    },
    // A file or words are the answer here: on Telegram the question opens a reply (privacy mode would keep a
    // photo that is not a reply from the bot), so it offers no button; elsewhere "1. Bỏ qua" is listed too.
    {
      as: 'focal',
      in: 'unit',
      say: 'Đang tổng hợp số liệu từ các khoa',
      reply: true,
      expect: { text: 'Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc gõ “bỏ qua”.' },
    },
    {
      as: 'focal',
      in: 'unit',
      say: 'bỏ qua',
      reply: true,
      expect: {
        text: [
          'Kiểm tra lại trước khi gửi:',
          '• Nhiệm vụ: [NV7] Báo cáo tổng kết năm thực hiện kế hoạch',
          '• Tình trạng: Đang thực hiện (45%)',
          '• Nội dung: Đang tổng hợp số liệu từ các khoa',
          '• Minh chứng: không có',
        ].join('\n'),
        choices: ['Gửi báo cáo', 'Hủy'],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Gửi báo cáo' },
      reply: true,
      expect: 'Đã ghi nhận báo cáo của BVĐK tỉnh: [NV7] Báo cáo tổng kết năm thực hiện kế hoạch (hạn 14/12/2026) — Đang thực hiện (45%).',
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/nhiemvu',
      expect:
        /^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu \(11\):\n(.*\n)*8\. \[NV7\] Báo cáo tổng kết năm thực hiện kế hoạch\n.* · báo cáo \d{2}\/\d{2}: 45%\n/,
    },
  ],
};
