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
        text: 'Báo cáo nhiệm vụ nào?\n(Còn 1 nhiệm vụ khác: gõ /baocao <mã nhiệm vụ>, xem mã bằng /nhiemvu.)',
        choices: [
          '[NV10] Kiểm tra, đánh giá và báo cáo tình hình triển khai kế… — quá hạn 14 ngày (hạn thứ Hai, 09/11/2026)',
          '[NV1] Rà soát, kiện toàn Ban Chỉ đạo; ban hành quy chế hoạt… — quá hạn 10 ngày (hạn thứ Sáu, 13/11/2026)',
          '[NV11] Báo cáo sơ kết, tổng kết thực hiện Quy tắc ứng xử về Ban… — quá hạn 4 ngày (hạn thứ Năm, 19/11/2026)',
          '[NV8] Xây dựng, ban hành kế hoạch công tác năm của đơn vị — quá hạn 3 ngày (hạn thứ Sáu, 20/11/2026)',
          '[NV5] Sơ kết, tổng kết và báo cáo kết quả triển khai kế hoạch về… — hạn thứ Sáu, 27/11/2026 (còn 4 ngày)',
          '[NV16] Xây dựng kế hoạch tuyên truyền cải cách hành chính của đơn… — hạn thứ Bảy, 05/12/2026 (còn 12 ngày) — ngày nghỉ, nộp trước thứ Sáu, 04/12/2026',
          '[NV2] Thành lập Tổ công tác xã hội tại đơn vị khám chữa bệnh… — hạn Chủ nhật, 13/12/2026 (còn 20 ngày) — ngày nghỉ, nộp trước thứ Sáu, 11/12/2026',
          '[NV7] Báo cáo tổng kết năm thực hiện kế hoạch — hạn thứ Hai, 14/12/2026 (còn 21 ngày)',
          '[NV9] Khảo sát, đánh giá sự hài lòng của người bệnh (Quyết định… — định kỳ, chưa có ngày cụ thể',
          '[NV14] Tập huấn Quy tắc ứng xử cho công chức, viên chức — định kỳ, chưa có ngày cụ thể',
        ],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Báo cáo tổng kết năm' },
      reply: true,
      expect: { text: '[NV7] Báo cáo tổng kết năm thực hiện kế hoạch: tình trạng thế nào? Có thể gõ số phần trăm, ví dụ 60%.', choices: STATUS_CHOICES },
    },
    { as: 'focal', in: 'unit', say: { choose: 'Đang thực hiện' }, reply: true, expect: 'Đã thực hiện được bao nhiêu phần trăm? Gõ một số từ 0 đến 100, ví dụ 60%.' },
    { as: 'focal', in: 'unit', say: '45', reply: true, expect: 'Nội dung báo cáo: đã làm gì, kết quả ra sao (gõ ngắn gọn trong một tin nhắn).' },
    { as: 'focal', in: 'unit', say: 'Đang tổng hợp số liệu từ các khoa', reply: true, expect: { text: 'Gửi ảnh hoặc tệp minh chứng (nếu có), hoặc bỏ qua.', choices: ['Bỏ qua'] } },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Bỏ qua' },
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
      expect: 'Đã ghi nhận báo cáo của BVĐK tỉnh: [NV7] Báo cáo tổng kết năm thực hiện kế hoạch — Đang thực hiện (45%).',
    },
    { as: 'focal', in: 'unit', say: '/nhiemvu', expect: /^Nhiệm vụ đang mở của Bệnh viện Đa khoa tỉnh Lai Châu \(11\):\n(.*\n)*8\. \[NV7\] Báo cáo tổng kết năm thực hiện kế hoạch\n.* · đã báo cáo 45%\n/ },
  ],
};
