import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../../src/core/intents/classify.js';
import { normalizeMessage } from '../../../src/core/intents/normalize.js';
import {
  asksAboutOwnUnit,
  readBoxOpening,
  withoutTicketCode,
  readPercentInText,
  readStatusInText,
  readTaskNumber,
  readTicketCode,
} from '../../../src/core/intents/values.js';

describe('normalizeMessage', () => {
  it('folds diacritics and expands chat shorthand', () => {
    expect(normalizeMessage('Còn nợ BC j ko?')).toBe('con no bao cao gi khong');
    expect(normalizeMessage('nv7 dc 80%')).toBe('nhiem vu 7 duoc 80%');
    expect(normalizeMessage('tt 02/2017 còn hiệu lực k')).toBe('thong tu 02/2017 con hieu luc khong');
  });
});

describe('values read in a sentence', () => {
  it('reads a task number in every form', () => {
    for (const text of ['[NV7] 60%', 'NV7 xong', 'nv 7', 'nhiệm vụ 7', 'nhiệm vụ số 7', '#7 xong', 'bao cao nv7'])
      expect(readTaskNumber(text), text).toBe(7);
    expect(readTaskNumber('đã xong tập huấn 120 người')).toBeNull();
  });

  it('reads a ticket code in any case and spacing', () => {
    for (const text of ['pa-2026-1', 'PA 2026 1', 'PA-2026-0001', 'xử lý Pa_2026_001 xong'])
      expect(readTicketCode(text), text).toBe('PA-2026-0001');
    expect(readTicketCode('trang 2026')).toBeNull();
  });

  it('reads a percentage in digits or in words, never a count', () => {
    expect(readPercentInText('khoảng 85% rồi ạ')).toBe(85);
    expect(readPercentInText('đạt 70 phần trăm')).toBe(70);
    expect(readPercentInText('được tám mươi phần trăm')).toBe(80);
    expect(readPercentInText('duoc chin muoi lam phan tram')).toBe(95);
    expect(readPercentInText('mot tram phan tram')).toBe(100);
    expect(readPercentInText('tập huấn 120 người')).toBeNull();
  });

  it('reads a status', () => {
    expect(readStatusInText('đã xong tập huấn')).toBe('done');
    expect(readStatusInText('đang vướng kinh phí')).toBe('blocked');
    expect(readStatusInText('nv2 chua bat dau')).toBe('not_started');
    expect(readStatusInText('ra soat dc 2/3 roi')).toBe('in_progress');
    // teencode
    expect(readStatusInText('nv7 xg r')).toBe('done');
    expect(readStatusInText('nv7 đg lm')).toBe('in_progress');
  });
});

describe('a box opening told in words', () => {
  it.each([
    ['hôm nay mở hòm thư có 2 thư', 'hom nay 2 thu'],
    ['Đã mở hòm thư góp ý hôm qua, không có thư nào', 'hom qua 0 thu'],
    ['mo hom thu 18/11 duoc 3 la thu', '18/11 3 thu'],
    ['vừa mở xong hòm thư, ko có thư', '0 thu'],
    ['hòm thư góp ý đã được mở, có 1 thư', '1 thu'],
    // the witnesses are part of the record, named after "chứng kiến" or before it
    ['hom nay mo hom thu duoc 3 thu, co chi Ha phong TCHC chung kien', 'hom nay 3 thu chung kien: chi Ha phong TCHC'],
    ['Đã mở hòm thư ngày 17/11 được 3 lá thư, chứng kiến: chị Hà, anh Nam.', '17/11 3 thu chung kien: chị Hà, anh Nam'],
    ['mở hòm thư hôm qua có 2 thư với sự chứng kiến của anh Nam phòng KHTH', 'hom qua 2 thu chung kien: anh Nam phòng KHTH'],
    ['hôm nay mở hòm thư được 2 thư anh Tuấn chứng kiến', 'hom nay 2 thu chung kien: anh Tuấn'],
    // the letters' content after the names is never taken for them (it is echoed in the group)
    ['mở hòm thư hôm nay có 2 thư, chứng kiến: chị Hà. Thư 1 của bà Lò Thị Hoa sđt 0912345678', 'hom nay 2 thu chung kien: chị Hà'],
    ['mở hòm thư hôm nay có 1 thư, chứng kiến anh Nam 0912345678', 'hom nay 1 thu'],
  ])('%s → /homthu %s', (text, args) => {
    expect(readBoxOpening(text)).toBe(args);
  });

  it.each(['hòm thư góp ý mở ngày nào', 'có người bỏ thư vào hòm thư phản ánh bác sĩ', 'mở hòm thư mấy ngày một lần', 'gửi 2 thư cho Sở'])(
    'not an opening with a count: %s',
    (text) => {
      expect(readBoxOpening(text)).toBeNull();
    },
  );
});

describe('classifyIntent', () => {
  const cases: Array<[string, string]> = [
    ['hạn nộp báo cáo tổng kết năm là khi nào vậy?', 'deadlines'],
    ['con no bc j ko', 'deadlines'],
    // what the rules ask of a subject is a lookup; someone complaining about it is a case
    ['đường dây nóng có phải trực 24/7 không', 'lookup'],
    ['hom thu gop y bao lau mo mot lan', 'lookup'],
    ['có người gọi đường dây nóng phản ánh', 'feedback'],
    ['hòm thư tuần này không có thư nào', 'feedback'],
    // in English
    ['what is due this week', 'deadlines'],
    ['which tasks are overdue?', 'deadlines'],
    ['làm sao để báo cáo', 'report'],
    ['báo cáo NV7 80%', 'report'],
    // the speaker's own wish to report, without a task or a figure; who else must report is a deadline question
    ['tôi muốn báo cáo', 'report'],
    ['toi muon bao cao', 'report'],
    ['em can gui bao cao a', 'report'],
    ['đơn vị nào cần báo cáo tuần này', 'deadlines'],
    ['tuần này cần báo cáo gì', 'deadlines'],
    ['em phải báo cáo gì tuần này', 'deadlines'],
    ['tôi cần báo cáo những gì', 'deadlines'],
    ['thang nay phai nop nhung gi', 'deadlines'],
    // a document named in a report is what was sent; the same document asked about is a lookup
    ['nv5 xong roi nhe, da gui van ban so 123/BC-TTYT', 'report'],
    ['nv2 thông tư 43 còn hiệu lực không', 'lookup'],
    ['bc vừa gửi bị nhầm, sửa lại giúp em', 'report'],
    ['có người phản ánh thái độ nhân viên', 'feedback'],
    ['co phan anh moi nao khong', 'feedback'],
    ['hòm thư có 2 thư', 'feedback'],
    ['hướng dẫn dùng bot', 'help'],
    ['chào mọi người, em là Sinh, y sĩ trạm', 'chatter'],
    ['ai là giám đốc sở y tế lai châu', 'chatter'],
    ['😀😀', 'chatter'],
    ['cảm ơn bot', 'chatter'],
    ['cho minh hoi bot la gi', 'help'],
    ['02 người đi họp chiều nay nhé', 'chatter'],
    ['đường dây nóng theo chỉ thị nào', 'lookup'],
    ['trang phuc y te theo quy dinh nao', 'lookup'],
  ];
  it.each(cases)('%s → %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it('reads a question about new cases as one about the open cases, and a new case told as a case', () => {
    for (const text of ['co phan anh moi nao khong', 'Có phản ánh nào mới không?', 'hôm nay có khiếu nại gì chưa'])
      expect(classifyIntent(text).values.casesAsked, text).toBe('list');
    for (const text of ['có phản ánh mới về thái độ nhân viên khoa Nội', 'có phản ánh về phòng khám nào không rõ'])
      expect(classifyIntent(text).values.casesAsked, text).toBeUndefined();
  });

  it('reads how a case was handled only when it is told, not asked', () => {
    expect(classifyIntent('pa-2026-1 mở lại vì người bệnh chưa hài lòng').values.handling).toBe('mo lai');
    expect(classifyIntent('PA 2026 1 đang xử lý, đã mời người nhà lên làm việc').values.handling).toBe('dang xu ly');
    for (const text of ['PA-2026-1 đang xử lý thế nào rồi', 'pa 2026 1 đã xử lý chưa', 'PA-2026-0001 đã giải quyết xong?'])
      expect(classifyIntent(text).values.handling, text).toBeUndefined();
  });

  it('reads a change to the last report, and nothing of the kind elsewhere', () => {
    expect(classifyIntent('sửa báo cáo vừa rồi thành 80%').values).toMatchObject({ reportChange: 'correct', percent: 80 });
    expect(classifyIntent('rút lại báo cáo vừa gửi').values.reportChange).toBe('withdraw');
    expect(classifyIntent('em gửi nhầm báo cáo, hủy báo cáo giúp em').values.reportChange).toBe('withdraw');
    expect(classifyIntent('Giao NV 5 cho BV Phổi').values.assignsTask).toBe(true);
    expect(classifyIntent('nv5 xong, đã giao cho khoa Nội').values.assignsTask).toBeUndefined();
    expect(classifyIntent('bot nhắc đầu mối nộp nv3 nhé').values.asksReminder).toBe(true);
    expect(classifyIntent('nv5 đã nhắc các khoa, đạt 60%').values.asksReminder).toBeUndefined();
    for (const text of [
      'báo cáo NV7: đã sửa xong nhà vệ sinh khoa Nhi, đạt 100%',
      'nv3 đã rút lại hồ sơ thầu để làm lại',
      'sửa máy in khoa Nội',
      'người bệnh phản ánh bác sĩ ghi nhầm thuốc trong báo cáo',
      'báo cáo NV7 80%',
    ])
      expect(classifyIntent(text).values.reportChange).toBeUndefined();
  });

  it('reads the list a deadlines question asks for', () => {
    expect(classifyIntent('có việc nào quá hạn chưa').values.list).toBe('overdue');
    expect(classifyIntent('sắp đến hạn gì không').values.list).toBe('upcoming');
  });

  it('asks where things stand and who is behind, in Vietnamese typed without diacritics too', () => {
    // "thế" typed without diacritics is "the": it once made the answer English
    expect(classifyIntent('tinh hinh the nao roi')).toMatchObject({ intent: 'deadlines', english: false });
    expect(classifyIntent('what is the deadline').english).toBe(true);
    expect(classifyIntent('hom nay co viec gi k')).toMatchObject({ intent: 'deadlines', values: { days: 1 } });
    expect(classifyIntent('don vi nao cham nhat')).toMatchObject({ intent: 'deadlines', values: { list: 'overdue', byUnit: true } });
    // a question about a unit's task, not a report to send
    expect(classifyIntent('cdc da nop bao cao nv1 chua').intent).toBe('deadlines');
    expect(classifyIntent('bao cao nv 3 chua').intent).toBe('deadlines');
  });

  it('a long paste is never sent to the lookup', () => {
    expect(classifyIntent(`thông tư ${'quy định '.repeat(100)}`).intent).toBe('chatter');
  });
});

describe("a question about the chat's own unit: who holds a role, who is on leave", () => {
  it.each([
    'ai là đầu mối',
    'đầu mối là ai vậy',
    'ai la lanh dao don vi',
    'ai đang nghỉ phép?',
    'chi Lan nghi den bao gio',
    'đầu mối có nghỉ không',
  ])('%s', (text) => {
    expect(asksAboutOwnUnit(text)).toBe(true);
  });

  it.each(['ai là đầu mối của CDC', 'em nghỉ đến thứ 6', 'ai chưa báo cáo', 'đầu mối TTYT Tam Đường là ai', 'nghỉ phép thế nào'])(
    'not: %s',
    (text) => {
      expect(asksAboutOwnUnit(text)).toBe(false);
    },
  );
});

describe('a handling note without the case code it was told with', () => {
  it.each([
    ['PA-2026-0001 đã xử lý xong, đã xin lỗi', 'đã xử lý xong, đã xin lỗi'],
    ['pa 2026 1: da goi dien giai thich', 'da goi dien giai thich'],
    ['đã xử lý xong PA-2026-0003, đã hoàn tiền', 'đã xử lý xong, đã hoàn tiền'],
  ])('%s → %s', (text, note) => {
    expect(withoutTicketCode(text)).toBe(note);
  });
});
