import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const DOCUMENT = /\d+\/\d{4}\/[A-ZĐ-]+/;

describe('free text addressed to the bot goes where it belongs (issue 19)', () => {
  it('a deadlines question gets the deadlines, not a document', async () => {
    const reply = await t.ask('hạn nộp báo cáo tổng kết năm là khi nào vậy?', { kind: 'private' });
    expect(reply).not.toMatch(/không tìm thấy văn bản/i);
    expect(reply).toBe(await t.ask('/hanchot 31', { kind: 'private' }));
    expect(await t.ask('còn nợ báo cáo gì không', { kind: 'private' })).toBe(await t.ask('/quahan', { kind: 'private' }));
    // naming a task, a question about its deadline is still one, not a report to offer: where that task stands
    expect(await t.ask('nv7 han khi nao')).toBe(await t.ask('/nhiemvu NV7'));
    expect(await t.ask('hạn nộp NV7 là ngày nào vậy')).not.toContain('/baocao NV7');
  });

  it('a question about the bot or the group gets the introduction /start gives', async () => {
    const start = await t.ask('/start');
    expect(start).toContain('Nhóm này thuộc');
    for (const question of ['bot này để làm gì', 'nhóm này dùng để làm gì', 'nhom nay la nhom gi vay', 'nhóm này của đơn vị nào'])
      expect(await t.ask(question), question).toBe(start);
    // what it can do is still the list of commands
    expect(await t.ask('bot làm được gì')).toBe(await t.ask('/help'));
  });

  it("a question about one task gets where it stands, a leader's across the units, never an offer to report it", async () => {
    const standing = await t.ask('/nhiemvu NV5', { kind: 'private', user: 'lanh-dao-so' });
    expect(standing).toMatch(/^\[NV5\] /);
    for (const question of [
      'cho hỏi tuần này đơn vị nào chưa báo cáo NV5',
      'bv tinh da bc nv5 chua',
      'tinh hinh nv5 the nao r',
      'tiến độ NV5 đến đâu rồi?',
      'nv5 xong chưa vậy',
      'nv5 tinh hinh sao roi',
      'nv5 tới đâu rồi',
      'nv5 được bao nhiêu phần trăm rồi',
    ])
      expect(await t.ask(question, { kind: 'private', user: 'lanh-dao-so' }), question).toBe(standing);
    // in a unit's group, the unit's own standing
    expect(await t.ask('NV5 thế nào rồi')).toBe(await t.ask('/nhiemvu NV5'));
    // a report with the task's code is still a report ("bản sao" is a copy sent, not "how")
    expect(await t.ask('nv5 đã xong, đã gửi báo cáo số 12/BC-BV')).toContain('/baocao NV5');
    expect(await t.ask('nv5 xong rồi, đã gửi bản sao')).toContain('/baocao NV5');
    // …but not offered to someone who may not report here: told at once why, as /baocao would
    const stranger = await t.ask('nv5 xong rồi, đã gửi bản sao', { user: 'nguoi-la-nv5' });
    expect(stranger).toBe(await t.ask('/baocao NV5 xong', { user: 'nguoi-la-nv5' }));
    expect(stranger).toContain('/phanquyen');
  });

  it('a leader asking which units are behind gets the overdue list by unit; "how are things" gets the deadlines, in Vietnamese', async () => {
    const leader = { user: 'lanh-dao-so', kind: 'private' } as const;
    expect(await t.ask('don vi nao cham nhat', leader)).toBe(await t.ask('/quahan theo đơn vị', leader));
    expect(await t.ask('tinh hinh the nao roi', leader)).toBe(await t.ask('/hanchot 31', leader));
    // "has CDC sent NV1 yet?" is a question, not a report to offer
    expect(await t.ask('cdc da nop bao cao nv1 chua', leader)).not.toContain('/baocao NV1');
    expect(await t.ask('don vi nao dang cham nhieu nhat', leader)).toBe(await t.ask('/quahan theo đơn vị', leader));
    expect(await t.ask('đơn vị nào chậm báo cáo', leader)).toBe(await t.ask('/quahan theo đơn vị', leader));
    // "who has not reported" is a question, not a report to offer, even naming a task
    expect(await t.ask('ai chua bao cao', leader)).toBe(await t.ask('/quahan', leader));
    expect(await t.ask('còn ai chưa gửi báo cáo NV5', leader)).not.toContain('/baocao NV5');
    // late cases of the feedback book are the book's, not the plans' overdue tasks
    expect(await t.ask('phản ánh nào quá hạn', leader)).toBe(await t.ask('/phananh tondong', leader));
    expect(await t.ask('co phan anh nao ton dong ko', leader)).toBe(await t.ask('/phananh tondong', leader));
    expect(await t.ask('bao nhieu phan anh qua han', leader)).toBe(await t.ask('/phananh thongke', leader));
    // the book's figures or its open cases asked in other words, with shorthand: questions, not a case to log
    expect(await t.ask('phan anh thang nay bao nhieu', leader)).toBe(await t.ask('/phananh thongke', leader));
    expect(await t.ask('cho xem ds pa dang xu ly', leader)).toBe(await t.ask('/phananh tondong', leader));
    expect(await t.ask('những phản ánh còn mở', leader)).toBe(await t.ask('/phananh tondong', leader));
    // a case told at length that says "bao nhiêu" is still a case to log
    expect(
      await t.ask('người nhà bệnh nhân phản ánh phải chờ khám ở khoa Nhi không biết bao nhiêu lâu, nhân viên trả lời cộc lốc', leader),
    ).toContain('Ghi phản ánh');
    expect(await t.ask('nhiệm vụ nào quá hạn', leader)).toBe(await t.ask('/quahan', leader));
    // asked in English
    expect(await t.ask('what is due this week', leader)).toBe(await t.ask('/hanchot 7', leader));
    expect(await t.ask('which tasks are overdue?', leader)).toBe(await t.ask('/quahan', leader));
  });

  it('"has <unit> reported yet" gets the unit card, on a named task where each unit stands on it; without a unit, the deadlines', async () => {
    const leader = { user: 'lanh-dao-so', kind: 'private' } as const;
    expect(await t.ask('benh vien da khoa co bao cao chua', leader)).toBe(await t.ask('/donvi BVDK', leader));
    const standing = await t.ask('/nhiemvu NV1', leader);
    expect(standing).toMatch(/CDC tỉnh|BVĐK tỉnh/);
    expect(await t.ask('CDC đã nộp báo cáo NV1 chưa ạ', leader)).toBe(standing);
    expect(await t.ask('cdc bao cao nv1 chua', leader)).toBe(standing);
    for (const text of ['đã báo cáo chưa', 'em gui chua', 'đơn vị mình nộp chưa', 'NV5 đã báo cáo chưa'])
      expect(await t.ask(text, leader), text).not.toContain('Trực thuộc:');
  });

  it('"how is <unit> doing" gets the unit\'s open tasks; a task or no unit named goes on as before', async () => {
    const leader = { user: 'lanh-dao-so', kind: 'private' } as const;
    const tasks = await t.ask('/nhiemvu TTYT Tam Đường', leader);
    expect(tasks).toContain('Nhiệm vụ đang mở của Trung tâm Y tế Tam Đường');
    for (const text of [
      'tinh hinh ttyt tam duong the nao',
      'Tình hình của TTYT Tam Đường ra sao?',
      'cho em hỏi tình hình TTYT Tam Đường thế nào ạ',
    ])
      expect(await t.ask(text, leader), text).toBe(tasks);
    expect(await t.ask('tinh hinh nv5 the nao', leader)).not.toContain('Nhiệm vụ đang mở của');
    expect(await t.ask('tình hình chung thế nào', leader)).not.toContain('Nhiệm vụ đang mở của');
  });

  it('"who is the focal point of <unit>" gets the unit card, as /donvi does', async () => {
    const admin = { user: 'quan-tri', kind: 'private' as const };
    const card = await t.ask('/donvi TYT-SINHO', admin);
    for (const text of [
      'ai là đầu mối của tyt sìn hồ?',
      'dau moi tram y te xa sin ho la ai vay',
      'cho em hỏi ai là lãnh đạo TYT Sìn Hồ ạ',
      'xem don vi tram y te xa sin ho',
      'thông tin đơn vị TYT Sìn Hồ',
    ]) {
      expect(await t.ask(text, admin), text).toBe(card);
    }
    // a unit the words do not name goes on as free text, never to a unit card
    expect(await t.ask('ai là đầu mối của phòng khám tư nhân abc', admin)).not.toContain('Trực thuộc:');
    // another unit's card is refused with what it would have shown, not with its tasks
    const refused = await t.ask('ai la dau moi cua ttyt tam duong', { user: 'lanh-dao-bvdk', kind: 'private' });
    expect(refused).toBe(await t.ask('/donvi TTYT Tam Đường', { user: 'lanh-dao-bvdk', kind: 'private' }));
    expect(refused).toContain('không xem được thông tin của đơn vị này (đầu mối, lãnh đạo, nhóm chat)');
  });

  it("who holds a role here, or who is on leave, with no unit named, gets the card of the group's own unit", async () => {
    const inGroup = { user: 'lanh-dao-bvdk', chat: 'console:nhom-bvdk' };
    const card = await t.ask('/donvi', inGroup);
    expect(card).toContain('Bệnh viện Đa khoa tỉnh Lai Châu (BVDK)');
    for (const text of [
      'ai là đầu mối',
      'ai la dau moi vay',
      'đầu mối đơn vị mình là ai',
      'ai là người xử lý phản ánh?',
      'cán bộ xử lý phản ánh của bv mình là ai',
      'ai đang nghỉ phép',
      'chị Lan nghỉ đến bao giờ',
      'dau moi co dang nghi khong',
    ]) {
      expect(await t.ask(text, inGroup), text).toBe(card);
    }
    // a unit named is that unit's card; a leave told is a leave, not a question
    expect(await t.ask('ai là đầu mối của CDC', { user: 'lanh-dao-so', kind: 'private' })).toBe(
      await t.ask('/donvi CDC', { user: 'lanh-dao-so', kind: 'private' }),
    );
    expect(await t.ask('em nghỉ phép đến thứ 6 nhé', { user: 'dau-moi', chat: 'console:nhom-bvdk' })).toContain('Đã ghi nhận');
  });

  it('help gets /help', async () => {
    expect(await t.ask('hướng dẫn dùng bot')).toBe(await t.ask('/help'));
  });

  it('greetings, introductions and chatter never get a document', async () => {
    for (const text of ['chào mọi người, em là Sinh, y sĩ trạm', 'ai là giám đốc sở y tế lai châu', 'cảm ơn bot nhiều', 'xin chào']) {
      const reply = await t.ask(text);
      expect(reply, text).not.toMatch(DOCUMENT);
      expect(reply.length, text).toBeLessThan(300);
    }
    expect(await t.ask('chào mọi người, em là Sinh, y sĩ trạm')).toContain('rất vui được làm quen');
    // someone with no role yet is told how to get one
    const stranger = await t.ask('toi la bac si o tram y te xa Ban Giang, muon tham gia', { user: 'nguoi-la', kind: 'private' });
    expect(stranger).toContain('Bạn chưa có vai trò nào');
    expect(stranger).toContain('/phanquyen');
    expect(await t.ask('chào mọi người, em là Sinh, y sĩ trạm')).not.toContain('chưa có vai trò');
    expect((await t.say('👍👍')).reply).toBeNull();
  });

  it('a regulation question still gets the lookup', async () => {
    expect(await t.ask('đường dây nóng theo chỉ thị nào')).toBe(await t.ask('/tracuu đường dây nóng theo chỉ thị nào'));
  });

  it('a progress statement proposes /baocao with what was understood, and the choice starts it', async () => {
    const proposal = await t.ask('NV1 được 80% rồi ạ');
    expect(proposal).toContain('NV1, 80%');
    expect(proposal).toContain('/baocao NV1 80%');
    const started = await t.ask('1');
    expect(started).toBe(
      await (async () => {
        await t.ask('/huy');
        return t.ask('/baocao NV1 80%');
      })(),
    );
    await t.ask('/huy');
  });

  it('a box opening told in words proposes /homthu with its day and letters, and the choice records it', async () => {
    const proposal = await t.ask('hôm qua mở hòm thư góp ý, có 2 thư');
    expect(proposal).toContain('Bạn muốn ghi biên bản mở hòm thư góp ý (/homthu hom qua 2 thu)?');
    expect(await t.ask('1')).toBe(
      await (async () => {
        await t.db.db.execute(sql`delete from box_openings`);
        return t.ask('/homthu hom qua 2 thu');
      })(),
    );
    const [opening] = rowsOf<{ letters: number }>(await t.db.db.execute(sql`select letters from box_openings`));
    expect(opening).toEqual({ letters: 2 });
  });

  it('a box opening told in words keeps the witnesses it names', async () => {
    await t.db.db.execute(sql`delete from box_openings`);
    expect(await t.ask('hom nay mo hom thu duoc 3 thu, co chi Ha phong TCHC chung kien')).toContain(
      '(/homthu hom nay 3 thu chung kien: chi Ha phong TCHC)',
    );
    expect(await t.ask('1')).toContain('3 thư; chứng kiến: chi Ha phong TCHC.');
    const [opening] = rowsOf<{ letters: number; witnesses: string }>(
      await t.db.db.execute(sql`select letters, witnesses from box_openings`),
    );
    expect(opening).toEqual({ letters: 3, witnesses: 'chi Ha phong TCHC' });
  });

  it('a progress statement on a task the unit has no open occurrence of says so at once, offering no report', async () => {
    const answer = await t.ask('bc NV3 xong roi');
    expect(answer).toBe(
      'Không tìm thấy nhiệm vụ “NV3” đang mở của đơn vị này. Gõ /nhiemvu để xem mã nhiệm vụ, hoặc /baocao để chọn từ danh sách.',
    );
    // nothing is waiting for an answer: the next message is read afresh
    expect(await t.ask('1')).not.toContain('Đã ghi nhận');
    expect(await t.ask('NV1 được 80% rồi ạ')).toContain('/baocao NV1 80%');
    await t.ask('/huy');
  });

  it('a progress statement that says what was done shows it and stores it as the content when chosen, not asking again', async () => {
    const typed = 'Đã hoàn thành NV16, đã họp và ban hành kế hoạch tuyên truyền của bệnh viện ngày 20/11';
    const proposal = await t.ask(typed);
    expect(proposal).toContain(`NV16, Hoàn thành, nội dung “${typed}”`);
    expect(proposal).toContain('Báo cáo ngay (/baocao NV16 xong)');
    expect(await t.ask('1')).toContain('Đã ghi nhận báo cáo của BVĐK tỉnh: [NV16]');
    const [stored] = rowsOf<{ text: string; status: string }>(
      await t.db.db.execute(sql`select text, status from reports order by id desc limit 1`),
    );
    expect(stored).toEqual({ text: typed, status: 'done' });
    // one that names only the task and the figure still asks for the content
    expect(await t.ask('nv5 dc 40% r nha')).not.toContain('nội dung “');
    // one holding a phone number is not quoted back (the message is cleaned up), the content asked for instead
    const withPhone = await t.ask('Đã hoàn thành NV5, đã gọi cho bà Lò Thị Hoa số 0912 345 678 để xác minh và gửi báo cáo');
    expect(withPhone).not.toContain('0912');
    expect(withPhone).not.toContain('nội dung “');
    await t.ask('/huy');
  });

  it('"how do I report" explains and offers to start; "no" drops the question', async () => {
    expect(await t.ask('làm sao để báo cáo')).toContain('/baocao');
    expect(await t.ask('2')).toBe('Vâng ạ.');
  });

  it('a proposal left unanswered does not swallow the next message', async () => {
    await t.ask('làm sao để báo cáo');
    expect(await t.ask('hướng dẫn dùng bot')).toBe(await t.ask('/help'));
  });

  it('feedback proposes /phananh with the channel', async () => {
    const reply = await t.ask('có bệnh nhân gọi đường dây nóng phản ánh');
    expect(reply).toContain('đường dây nóng');
    expect(reply).toContain('/phananh hotline');
    await t.ask('2');
  });
});

describe('commands as people type them (issue 19)', () => {
  const same = async (typed: string, canonical: string, options: { kind?: 'private' | 'group' } = {}) => {
    const a = await t.ask(typed, options);
    await t.ask('/huy', options);
    const b = await t.ask(canonical, options);
    await t.ask('/huy', options);
    expect(a, typed).toBe(b);
    return a;
  };

  it('a name split in two or with diacritics is the command', async () => {
    await same('/bao cao', '/baocao');
    await same('/báo cáo', '/baocao');
    await same('/qua han', '/quahan');
    await same('/Hạn Chót 14', '/hanchot 14');
    // a number or a task code typed onto the name, as a phone keyboard leaves it
    await same('/hanchot15', '/hanchot 15');
    await same('/baocaoNV1 xong', '/baocao NV1 xong');
  });

  it('a command name without its slash at the start of a message to the bot', async () => {
    await same('qua han', '/quahan');
    await same('bao cao NV1 xong', '/baocao NV1 xong');
    await same('han chot tuan nay', '/hanchot 7');
    // after polite words: "em xin …", "cho em …"
    await same('cho em han chot tuan nay', '/hanchot 7');
    // what is on today, tomorrow, this week, asked as people ask it
    await same('hôm nay có gì không', '/hanchot 1');
    await same('mai co gi ko', '/hanchot 2');
    await same('tuần này có gì không ạ', '/hanchot 7');
    // up to a day named: today is Monday 23/11, Friday is five days away, counting today
    await same('thứ 6 này phải nộp gì', '/hanchot 5');
    await same('/hanchot thứ 6', '/hanchot 5');
    await same('đến 30/11 có gì phải nộp không', '/hanchot 8');
    expect(await t.ask('em xin nghỉ phép đến 30/11')).toContain('nghỉ phép đến hết ngày 30/11/2026');
    await t.ask('/nghiphep huy');
    // leave told without "phép": sick leave, "nghỉ đến …"; a question about it is no leave
    expect(await t.ask('nghỉ ốm đến 27/11')).toContain('nghỉ phép đến hết ngày 27/11/2026');
    await t.ask('/nghiphep huy');
    expect(await t.ask('e nghi den het 26/11 nha')).toContain('nghỉ phép đến hết ngày 26/11/2026');
    await t.ask('/nghiphep huy');
    expect(await t.ask('nghỉ đến bao giờ')).not.toContain('nghỉ phép');
    // a sentence starting with the same words is read for what it asks
    expect(await t.ask('báo cáo tiến độ như thế nào')).toContain('/baocao NV12 80%');
    await t.ask('/huy');
  });

  it('task codes in every form', async () => {
    expect(await same('/baocao [NV1] 60%', '/baocao NV1 60%')).toContain('Nội dung báo cáo');
    await same('/baocao nv 1 60%', '/baocao NV1 60%');
    await same('/baocao nhiệm vụ 1 60%', '/baocao NV1 60%');
    await same('/baocao #1 60%', '/baocao NV1 60%');
  });

  it('ticket codes in any case and spacing; sub-commands in two words', async () => {
    expect(await t.ask('/phananh hotline Người nhà bệnh nhân phản ánh phải chờ khám quá lâu ở khoa Nhi')).toContain('PA-2026-0001');
    await t.ask('1');
    const shown = await t.ask('/phananh PA-2026-0001');
    expect(shown).toContain('PA-2026-0001');
    expect(await t.ask('/phananh pa-2026-1')).toBe(shown);
    expect(await t.ask('/phananh PA 2026 1')).toBe(shown);
    await same('/phananh thong ke thang 12', '/phananh thongke thang 12');
  });

  it('everyday words for a number of days or a date', async () => {
    await same('/hanchot tuan nay', '/hanchot 7');
    await same('/hanchot thang nay', '/hanchot 31');
    const leave = await t.ask('/nghiphep den het 20/12');
    expect(leave).toContain('20/12/2026');
    await t.ask('/nghiphep huy');
    expect(await t.ask('/nghiphep thứ 6 tuần sau')).toContain('04/12/2026');
    await t.ask('/nghiphep huy');
  });
});

describe('answers at a step in everyday words (issue 19)', () => {
  it('a percentage in a sentence, yes in its common forms', async () => {
    await t.ask('/baocao NV1');
    expect(await t.ask('khoảng 85% rồi ạ')).toContain('Nội dung báo cáo');
    await t.ask('/huy');
    await t.ask('/baocao NV1');
    await t.ask('2');
    expect(await t.ask('được tám mươi phần trăm')).toContain('Nội dung báo cáo');
    expect(await t.ask('Đã tập huấn cho 80 cán bộ')).toContain('minh chứng');
    expect(await t.ask('ko co')).toContain('80%');
    expect(await t.ask('ok gui di')).toMatch(/Đã ghi báo cáo|đã ghi/i);
    // "ok gửi đi" where the bot asks for evidence: no file, on to the summary to send
    await t.ask('/baocao NV1');
    await t.ask('2');
    await t.ask('90%');
    expect(await t.ask('Đã họp giao ban triển khai')).toContain('minh chứng');
    expect(await t.ask('ok gửi đi')).toContain('90%');
    expect(await t.ask('ừ')).toMatch(/Đã ghi báo cáo|đã ghi/i);
  });

  it('at the status step: a bare number beyond the choices is a percentage; a sentence is kept as what was done, its "xong" not trusted when work goes on', async () => {
    await t.ask('/baocao NV1');
    expect(await t.ask('80')).toContain('Nội dung báo cáo');
    expect(await t.ask('đã tổng hợp số liệu các khoa')).toContain('minh chứng');
    expect(await t.ask('ko co')).toContain('Đang thực hiện (80%)');
    await t.ask('/huy');
    await t.ask('/baocao NV1');
    // a step done, the task not: asked, with the words kept
    expect(await t.ask('đã họp xong, còn chờ số liệu các khoa')).toMatch(/^Đã ghi nội dung báo cáo\. Còn tình trạng/);
    await t.ask('2');
    const summary = await t.ask('60');
    expect(summary).toMatch(/^Kiểm tra lại trước khi gửi:/);
    expect(summary).toContain('Đang thực hiện (60%)');
    expect(summary).toContain('Nội dung: đã họp xong, còn chờ số liệu các khoa');
    await t.ask('/huy');
    // done, sent "cho" (to) the Department: done, its words kept
    await t.ask('/baocao NV1');
    expect(await t.ask('đã xong, đã gửi báo cáo cho Sở Y tế')).toContain('Hoàn thành');
    await t.ask('/huy');
    // the same sentence in free text: no status guessed, so none offered to be stored
    const offer = await t.ask('NV1 đã họp xong, còn chờ số liệu các khoa');
    expect(offer).toContain('/baocao NV1');
    expect(offer).not.toMatch(/Hoàn thành|\/baocao NV1 xong/);
    await t.ask('/huy');
  });

  it('"thôi" or "hủy" at any step abandons the flow and says so', async () => {
    await t.ask('/baocao NV1');
    expect(await t.ask('thôi')).toBe('Đã hủy thao tác /baocao đang làm dở.');
    expect(await t.ask('/huy')).toBe('Không có thao tác nào đang chờ để hủy.');
  });

  it('a task given to a unit in words gets how a plan is edited, not a report to offer', async () => {
    const answer = await t.ask('giao nv5 cho ttyt sin ho', { user: 'quan-tri', kind: 'private' });
    expect(answer).toContain('/kehoach sua NV5 donvi');
    expect(answer).not.toContain('/baocao');
    // nor is a reminder asked for
    const remind = await t.ask('nhac cac dong chi nop bao cao nv5 giup', { user: 'lanh-dao-bvdk' });
    expect(remind).toContain('“Nhắc đơn vị”');
    expect(remind).not.toContain('/baocao');
    // nor a role given in words: how /phanquyen gives it
    for (const asked of ['cấp quyền đầu mối bvđk cho anh Tuấn', 'thay dau moi CDC giup em'])
      expect(await t.ask(asked, { user: 'quan-tri' }), asked).toContain('/phanquyen đầu mối @tên BVDK');
  });

  it('a correction or a withdrawal of the last report asked in words goes to /baocao sua or /baocao rut', async () => {
    expect(await t.ask('/baocao NV5 60% đã họp ban chỉ đạo')).toContain('Đang thực hiện (60%)');
    expect(await t.ask('sửa báo cáo vừa rồi thành 80%')).toContain('Sửa ngay (/baocao sua 80%)');
    expect(await t.ask('1')).toContain('Đã sửa báo cáo của BVĐK tỉnh: [NV5]');
    expect(await t.ask('rut lai bao cao vua gui')).toContain('Rút lại báo cáo gần nhất của bạn: [NV5]');
    expect(await t.ask('1')).toContain('Đã rút lại báo cáo về [NV5]');
  });

  it('/huy names what it drops as the person saw it: the question it asked, or the command a choice completes', async () => {
    expect(await t.ask('bc nv5 dc 70% r')).toContain('Báo cáo ngay (/baocao NV5 70%)');
    expect(await t.ask('/huy')).toBe('Đã bỏ câu hỏi vừa rồi; bạn cần gì cứ nhắn tiếp.');
    expect(await t.ask('/donvi trung tam y te', { user: 'lanh-dao-so' })).toContain('Bạn chọn đơn vị nào?');
    expect(await t.ask('/huy', { user: 'lanh-dao-so' })).toBe('Đã hủy thao tác /donvi đang làm dở.');
  });
});

describe('no silent loss (issue 19)', () => {
  it('a command sent while a flow waits says the flow was set aside, and /tieptuc takes it up again', async () => {
    const asked = await t.ask('/baocao');
    const deadlines = await t.ask('/hanchot 30');
    expect(deadlines).toContain('Đã tạm dừng /baocao đang làm dở; gõ /tieptuc để tiếp tục.');
    const resumed = await t.ask('/tieptuc');
    expect(resumed).toContain('Tiếp tục /baocao');
    // the task list offered before is offered again, and answering it continues the report
    expect(resumed).toContain(asked.split('\n').find((line) => line.startsWith('1. '))!);
    expect(await t.ask('1')).toContain('tình trạng thế nào');
    expect(await t.ask('/tieptuc')).toBe('Không có thao tác nào đang tạm dừng để tiếp tục.');
    await t.ask('/huy');
  });

  it('/huy with nothing waiting ends the flow that was set aside, and /tieptuc then has nothing to take up', async () => {
    await t.ask('/baocao');
    expect(await t.ask('/hanchot 30')).toContain('Đã tạm dừng /baocao');
    expect(await t.ask('/huy')).toBe('Đã hủy thao tác /baocao đang làm dở.');
    expect(await t.ask('/tieptuc')).toBe('Không có thao tác nào đang tạm dừng để tiếp tục.');
    expect(await t.ask('/huy')).toBe('Không có thao tác nào đang chờ để hủy.');
  });

  it('the same command with other words ("/phananh ds" while a case is being logged) sets the flow aside too', async () => {
    const handler = { user: 'xu-ly-pa' };
    await t.ask('/phananh', handler);
    await t.ask('1', handler);
    expect(await t.ask('hôm qua', handler)).toContain('Nội dung phản ánh');
    expect(await t.ask('/phananh ds', handler)).toContain('Đã tạm dừng /phananh đang làm dở; gõ /tieptuc để tiếp tục.');
    expect(await t.ask('/tieptuc', handler)).toContain('Nội dung phản ánh');
    expect(await t.ask('/huy', handler)).toBe('Đã hủy thao tác /phananh đang làm dở.');
  });

  it('/huy and the same command again are not set aside', async () => {
    await t.ask('/baocao');
    expect(await t.ask('/baocao')).not.toContain('tạm dừng');
    expect(await t.ask('/huy')).toBe('Đã hủy thao tác /baocao đang làm dở.');
  });
});
