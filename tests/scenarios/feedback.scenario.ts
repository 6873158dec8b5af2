import type { Scenario } from './scenario.js';

const CHANNELS = ['hòm thư góp ý', 'đường dây nóng', 'trực tiếp', 'email', 'cổng thông tin'];
const CATEGORIES = [
  'thái độ phục vụ',
  'chuyên môn',
  'thủ tục hành chính',
  'vệ sinh môi trường',
  'giá dịch vụ, BHYT',
  'tiêu cực, nhũng nhiễu',
  'khen ngợi',
  'khác',
];
const STATUSES = ['đang xử lý', 'đã xử lý', 'chuyển cơ quan khác', 'không thuộc thẩm quyền'];
const ROLE_CHOICES = [
  'cán bộ đầu mối',
  'cán bộ đầu mối dự phòng (cấp phó)',
  'lãnh đạo đơn vị',
  'cán bộ xử lý phản ánh',
  'cán bộ, nhân viên',
  'lãnh đạo Sở',
  'quản trị viên',
];

// Monday 23/11/2026 on every platform: a hotline call is due in 3 working days, a letter in 10.
const HOTLINE = 'PA-2026-0001 · thủ tục hành chính · đường dây nóng · hạn xử lý thứ Năm, 26/11/2026';
const LETTER = 'PA-2026-0003 · vệ sinh môi trường · hòm thư góp ý · hạn xử lý thứ Hai, 07/12/2026';
const HOTLINE_SUMMARY = '   «Người nhà phản ánh chờ khám quá lâu ở khoa Nhi, gọi lại [đã ẩn]»';
const LETTER_SUMMARY = '   «Bà [đã ẩn] phản ánh nhà vệ sinh khoa Nội bốc mùi, email [đã ẩn]»';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The answer to a group message holding a phone: reposted redacted before it (Telegram), or a recall asked after it (Zalo, console). */
const cleanedUp = (answer: string) =>
  new RegExp(
    `^(?:[^\\n]* đã gửi \\(thông tin liên hệ[^\\n]*\\n«[^\\n]*gọi lại \\[đã ẩn\\]»\\n${escapeRegExp(answer)}|${escapeRegExp(answer)}\\n[^\\n]* vui lòng thu hồi tin nhắn vừa rồi[^\\n]*)$`,
  );

/**
 * The feedback log book on every platform: a hotline call on one line in the group (the phone hidden), the
 * same case by letter linked to it, a letter logged step by step in private by the deputy (the stranger of
 * "Phân quyền bằng lựa chọn") with the complainant's contact, the group's list with her name hidden, and the
 * handling with /xuly once the administrator has made the deputy a handler. The guard of each driver fails the
 * scenario if the complainant's phone, e-mail or name reaches a group.
 */
export const feedbackLogBook: Scenario = {
  name: 'Sổ phản ánh: ghi một dòng, theo từng bước, và xử lý',
  complainants: [
    { kind: 'phone', value: '0912 345 678' },
    { kind: 'email', value: 'hoa.tran@gmail.com' },
    { kind: 'name', value: 'Trần Thị Hoa' },
  ],
  steps: [
    {
      as: 'focal',
      in: 'unit',
      say: '/phananh hotline Người nhà phản ánh chờ khám quá lâu ở khoa Nhi, gọi lại 0912 345 678',
      // The phone typed into the group is cleaned up: on Telegram the message is deleted and posted again
      // redacted before the answer; where the bot cannot delete (Zalo, the console) the sender is asked to recall it.
      expect: cleanedUp(
        [
          'Đã ghi sổ phản ánh PA-2026-0001.',
          `${HOTLINE} · tiếp nhận`,
          HOTLINE_SUMMARY,
          'Trợ lý đoán loại: thủ tục hành chính; mức độ: bình thường. Nếu chưa đúng: /phananh PA-2026-0001 loai <loại> hoặc /phananh PA-2026-0001 muc <khẩn|thường>.',
          'Thông tin liên hệ của người phản ánh (nếu có) vui lòng nhắn riêng cho trợ lý: /phananh lienhe PA-2026-0001 <họ tên, số điện thoại>.',
        ].join('\n'),
      ),
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/phananh duong day nong Nguoi nha phan anh cho kham qua lau o khoa Nhi',
      expect: {
        text: [
          'Phản ánh này giống một vụ việc chưa xử lý xong của đơn vị trong 7 ngày qua. Có phải cùng một vụ việc?',
          `${HOTLINE} · tiếp nhận`,
          HOTLINE_SUMMARY,
        ].join('\n'),
        choices: ['Cùng vụ việc PA-2026-0001', 'Vụ việc khác'],
      },
    },
    {
      as: 'focal',
      in: 'unit',
      say: { choose: 'Cùng vụ việc' },
      reply: true,
      expect: /^Đã ghi PA-2026-0002 và gộp vào vụ việc PA-2026-0001\.\nPA-2026-0002 · /,
    },
    { as: 'stranger', in: 'private', say: '/phananh', expect: { text: 'Phản ánh nhận qua kênh nào?', choices: CHANNELS } },
    {
      as: 'stranger',
      in: 'private',
      say: { choose: 'hòm thư' },
      reply: true,
      expect: {
        text: 'Nhận phản ánh khi nào? Chọn, hoặc gõ ngày (và giờ nếu có), ví dụ 20/11 14:30 hoặc hôm qua 15h.',
        choices: ['Hôm nay', 'Hôm qua'],
      },
    },
    { as: 'stranger', in: 'private', say: { choose: 'Hôm nay' }, reply: true, expect: 'Nội dung phản ánh (ghi đúng ý người phản ánh):' },
    {
      as: 'stranger',
      in: 'private',
      say: 'Bà Trần Thị Hoa phản ánh nhà vệ sinh khoa Nội bốc mùi, email hoa.tran@gmail.com',
      reply: true,
      // the guess a one-line intake would make is offered as a hint, the list in its usual order
      expect: { text: 'Thuộc loại nào? Theo nội dung, trợ lý đoán: vệ sinh môi trường (trả lời 4 nếu đúng).', choices: CATEGORIES },
    },
    {
      as: 'stranger',
      in: 'private',
      say: { choose: 'vệ sinh' },
      reply: true,
      expect: { text: 'Mức độ?', choices: ['bình thường', 'khẩn cấp'] },
    },
    {
      as: 'stranger',
      in: 'private',
      say: { choose: 'bình thường' },
      reply: true,
      expect: {
        text: 'Thông tin liên hệ của người phản ánh (họ tên, số điện thoại, email) — chỉ cán bộ xử lý và lãnh đạo xem được. Nếu không có, chọn bỏ qua.',
        choices: ['Không có / ẩn danh'],
      },
    },
    {
      as: 'stranger',
      in: 'private',
      say: 'Trần Thị Hoa, 0912 345 678, hoa.tran@gmail.com',
      reply: true,
      expect: ['Đã ghi sổ phản ánh PA-2026-0003.', `${LETTER} · tiếp nhận`, LETTER_SUMMARY].join('\n'),
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/phananh ds',
      expect: [
        'Phản ánh đang chờ xử lý — Bệnh viện Đa khoa tỉnh Lai Châu (2):',
        `${HOTLINE} · tiếp nhận`,
        HOTLINE_SUMMARY,
        `${LETTER} · tiếp nhận`,
        LETTER_SUMMARY,
      ].join('\n'),
    },
    // Only a feedback handler records the handling: the administrator makes the deputy one.
    {
      as: 'focal',
      in: 'unit',
      say: '/xuly PA-2026-0003 đã xử lý Đã cho dọn vệ sinh',
      expect:
        'Chỉ cán bộ xử lý phản ánh mới dùng được lệnh /xuly. Hãy nhờ quản trị viên dùng /phanquyen xử lý phản ánh nếu bạn phụ trách việc này.',
    },
    { as: 'admin', in: 'unit', say: '/phanquyen id:{id:stranger}', expect: { text: 'Giao vai trò nào cho Khách?', choices: ROLE_CHOICES } },
    {
      as: 'admin',
      in: 'unit',
      say: { choose: 'xử lý phản ánh' },
      reply: true,
      expect: 'Đã giao vai trò cán bộ xử lý phản ánh của Bệnh viện Đa khoa tỉnh Lai Châu cho Khách.',
    },
    {
      as: 'stranger',
      in: 'unit',
      say: '/xuly PA-2026-0001 đã xử lý Đã gọi lại, xin lỗi người nhà và bố trí thêm bàn khám',
      expect: ['Đã cập nhật PA-2026-0001: tiếp nhận → đã xử lý, đúng hạn.', `${HOTLINE} · đã xử lý`, HOTLINE_SUMMARY].join('\n'),
    },
    {
      as: 'stranger',
      in: 'unit',
      say: '/xuly PA-2026-0003',
      expect: { text: ['Cập nhật trạng thái của PA-2026-0003:', `${LETTER} · tiếp nhận`, LETTER_SUMMARY].join('\n'), choices: STATUSES },
    },
    { as: 'stranger', in: 'unit', say: { choose: 'đang xử lý' }, reply: true, expect: 'Nội dung đã xử lý (ngắn gọn):' },
    {
      as: 'stranger',
      in: 'unit',
      say: 'Đã cho dọn vệ sinh, chờ sửa ống thoát nước',
      reply: true,
      expect: ['Đã cập nhật PA-2026-0003: tiếp nhận → đang xử lý.', `${LETTER} · đang xử lý`, LETTER_SUMMARY].join('\n'),
    },
    {
      as: 'focal',
      in: 'unit',
      say: '/phananh thongke',
      expect: [
        'Thống kê phản ánh — Bệnh viện Đa khoa tỉnh Lai Châu, tháng 11/2026: 2 vụ việc',
        'Theo kênh: hòm thư góp ý 1 · đường dây nóng 1',
        'Theo loại: thủ tục hành chính 1 · vệ sinh môi trường 1',
        'Theo trạng thái: đang xử lý 1 · đã xử lý 1',
        'Tỷ lệ xử lý đúng hạn: 100% (đúng hạn 1, trễ hạn 0, quá hạn chưa xử lý 0)',
        'Tồn đọng (quá hạn chưa xử lý, mọi thời điểm): không có.',
      ].join('\n'),
    },
  ],
};
