import type { RegulationDocument } from '../../src/core/documents/document.js';

/** A small deterministic random source, so that every run measures the same catalogue. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = [
  { type: 'Thông tư', code: 'TT', withYear: true },
  { type: 'Nghị định', code: 'NĐ', withYear: true },
  { type: 'Quyết định', code: 'QĐ', withYear: false },
  { type: 'Chỉ thị', code: 'CT', withYear: false },
  { type: 'Kế hoạch', code: 'KH', withYear: false },
  { type: 'Công văn', code: 'CV', withYear: false },
] as const;

const ISSUERS = [
  { name: 'Bộ Y tế', code: 'BYT' },
  { name: 'Chính phủ', code: 'CP' },
  { name: 'Bộ Tài chính', code: 'BTC' },
  { name: 'Bộ Nội vụ', code: 'BNV' },
  { name: 'UBND tỉnh Lai Châu', code: 'UBND' },
  { name: 'Sở Y tế tỉnh Lai Châu', code: 'SYT' },
  { name: 'Bảo hiểm xã hội Việt Nam', code: 'BHXH' },
] as const;

// Subjects a provincial health department's documents are about, so that questions hit many of them.
const SUBJECTS = [
  'tiêm chủng mở rộng',
  'phòng chống sốt xuất huyết',
  'an toàn thực phẩm',
  'quản lý chất thải y tế',
  'khám sức khỏe định kỳ',
  'giá dịch vụ khám bệnh, chữa bệnh',
  'thanh toán bảo hiểm y tế',
  'đấu thầu thuốc',
  'cấp chứng chỉ hành nghề',
  'phòng chống dịch COVID-19',
  'chăm sóc sức khỏe bà mẹ trẻ em',
  'dinh dưỡng học đường',
  'phòng chống tác hại thuốc lá',
  'quản lý bệnh không lây nhiễm',
  'y tế cơ sở',
  'đào tạo liên tục nhân viên y tế',
  'phụ cấp ưu đãi nghề',
  'chế độ trực',
  'kiểm soát nhiễm khuẩn bệnh viện',
  'an toàn người bệnh',
  'ứng dụng công nghệ thông tin',
  'hồ sơ bệnh án điện tử',
  'chuyển tuyến khám bệnh',
  'cấp cứu ngoại viện',
  'phòng chống HIV/AIDS',
  'phòng chống lao',
  'sức khỏe tâm thần',
  'y học cổ truyền',
  'dược liệu',
  'trang thiết bị y tế',
  'mua sắm tài sản công',
  'thi đua khen thưởng',
  'tuyển dụng viên chức',
  'đánh giá xếp loại viên chức',
  'kỷ luật cán bộ',
  'cải cách hành chính',
  'kiểm tra giám sát',
  'thống kê báo cáo y tế',
  'truyền thông giáo dục sức khỏe',
  'vệ sinh môi trường',
  'nước sạch nông thôn',
  'phòng chống thiên tai',
  'chất lượng bệnh viện',
  'khảo sát hài lòng người bệnh',
  'quy tắc ứng xử',
  'hòm thư góp ý',
  'đường dây nóng',
  'trang phục y tế',
  'dân số kế hoạch hóa gia đình',
  'người cao tuổi',
];

const OPENINGS = [
  'Quy định về',
  'Hướng dẫn',
  'Ban hành Kế hoạch',
  'Về việc tăng cường',
  'Phê duyệt Đề án',
  'Sửa đổi, bổ sung quy định về',
  'Triển khai',
];
const PLACES = [
  'tại trạm y tế xã',
  'tại bệnh viện tuyến tỉnh',
  'trên địa bàn tỉnh',
  'trong ngành y tế',
  'tại trung tâm y tế huyện',
  'ở cơ sở khám bệnh, chữa bệnh',
];

/**
 * `count` documents that look like a real catalogue (kinds, issuers, years, health subjects), with unique
 * symbols that never collide with the shipped catalogue's (numbers above 5000).
 */
export function syntheticCatalogue(count: number, seed = 20_251_123): RegulationDocument[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const documents: RegulationDocument[] = [];
  const symbols = new Set<string>();
  while (documents.length < count) {
    const kind = pick(KINDS);
    const issuer = pick(ISSUERS);
    const year = 2005 + Math.floor(next() * 21);
    const number = 5000 + Math.floor(next() * 90_000);
    const symbol = kind.withYear ? `${number}/${year}/${kind.code}-${issuer.code}` : `${number}/${kind.code}-${issuer.code}`;
    if (symbols.has(symbol)) continue;
    symbols.add(symbol);
    const subject = pick(SUBJECTS);
    const second = pick(SUBJECTS);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const issuedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    documents.push({
      symbol,
      type: kind.type,
      issuer: issuer.name,
      issuedOn,
      effectiveOn: null,
      title: `${pick(OPENINGS)} ${subject} ${pick(PLACES)} năm ${year}`,
      summary: `Nội dung về ${subject}, gắn với ${second}; trách nhiệm của các đơn vị ${pick(PLACES)}.`,
      keywords: [subject, second],
      aliases: [],
      status: next() < 0.15 ? 'expired' : next() < 0.5 ? 'in_force' : 'unknown',
      replacedBy: null,
      replacedByIssuedOn: null,
      statusNote: null,
      titleEn: null,
      issuerEn: null,
      summaryEn: null,
      keywordsEn: [],
      provisions: [],
      relations: [],
      validity: null,
    });
  }
  return documents;
}
