import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askJson } from '../../src/cli/lookup-json.js';
import { importDocuments } from '../../src/core/documents/import-documents.js';
import { consoleUser, startTestApp, type TestApp } from '../support/test-app.js';

const AT = '2026-11-23T09:00:00+07:00';
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ at: AT });
});
afterAll(() => t.close());
beforeEach(async () => {
  // reset empties every table, the catalogue too: put it back as a start would
  await t.resetDemo({ catalogue: true });
});

async function domainCounts() {
  const { identities: _i, members: _m, ...rest } = await t.db.counts();
  return rest;
}

const translatorFor = (locale: string | null) => t.app.i18n.translator(t.app.i18n.resolve(locale));

/** What the outbox holds for the delivery worker, by chat. */
async function outbox(): Promise<Array<{ key: string; chat: string; text: string }>> {
  const result = await t.db.db.execute(sql`select key, chat_ref, payload from outbox order by chat_ref, key`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<{
    key: string;
    chat_ref: string;
    payload: { text: string };
  }>;
  return rows.map((row) => ({ key: row.key, chat: row.chat_ref, text: row.payload.text }));
}

describe('/tracuu', () => {
  it('answers with symbol, type, issuer, date, subject and validity, and writes nothing', async () => {
    const before = await domainCounts();
    const text = await t.ask('/tracuu thông tư nào quy định về trang phục y tế?');
    expect(text.split('\n')).toEqual([
      '📄 Thông tư 45/2015/TT-BYT — Bộ Y tế, ban hành ngày 30/11/2015',
      'Trích yếu: Quy định về trang phục y tế',
      // what it says: its key provisions (the question asks nothing beyond its subject)
      'Quy định chính:',
      expect.stringMatching(/^• Màu sắc, chất liệu, kiểu dáng quần áo, giày dép, mũ và biển tên/),
      '• Biển tên đeo trên áo, ở ngực trái.',
      'Hiệu lực: ✅ còn hiệu lực (từ 01/01/2016) — nguồn tra cứu đến 02/2026.',
    ]);
    expect(await domainCounts()).toEqual(before);
  });

  it('gives the same answer with or without diacritics, with typos and with the number in any form', async () => {
    const card = await t.ask('/tracuu trang phục y tế');
    for (const question of [
      'trang phuc y te',
      'trag phuc y te',
      'dong phuc nhan vien y te',
      'TT 45/2015',
      'thông tư 45',
      '45/TT-BYT',
      'tt45',
    ]) {
      expect((await t.ask(`/tracuu ${question}`)).split('\n')[0], question).toBe(card.split('\n')[0]);
    }
  });

  it('states that a document was repealed, by what, and what governs its subject now', async () => {
    const text = await t.ask('/tracuu nghị định 04/2015');
    expect(text).toContain('📄 Nghị định 04/2015/NĐ-CP — Chính phủ, ban hành ngày 09/01/2015');
    expect(text).toContain(
      'Hiệu lực: ⛔ đã bị bãi bỏ bởi Nghị định 285/2025/NĐ-CP (03/11/2025); nội dung nay theo Luật 10/2022/QH15 (10/11/2022), Nghị định 59/2023/NĐ-CP (14/08/2023) — theo baochinhphu.vn, nguồn đến 02/2026.',
    );
  });

  it('reasons along relations: a circular guiding a repealed decree may no longer apply, and says why', async () => {
    expect(await t.ask('/tracuu thông tư 01/2016/TT-BNV còn dùng được không')).toContain(
      'Hiệu lực: ⚠️ có thể không còn áp dụng: văn bản này hướng dẫn Nghị định 04/2015/NĐ-CP, văn bản đó đã bị bãi bỏ bởi Nghị định 285/2025/NĐ-CP (03/11/2025); nội dung nay theo Luật 10/2022/QH15, Nghị định 59/2023/NĐ-CP — nguồn tra cứu đến 02/2026.',
    );
    // a Party document says it is one, and what replaced it
    expect(await t.ask('/tracuu quy định 205 về chạy chức chạy quyền')).toContain(
      'Hiệu lực: văn bản của Đảng; ⚠️ đã được thay thế bởi Quy định 114-QĐ/TW',
    );
    expect(await t.ask('/tracuu kết luận 120-KL/TW')).toContain(
      'Hiệu lực: văn bản của Đảng (không có hiệu lực pháp lý như văn bản quy phạm pháp luật); chưa thấy văn bản nào thay thế — nguồn tra cứu đến 02/2026.',
    );
    // the hotline directive: nothing repeals it as far as the sources go; "not verified" only where nothing was found
    expect(await t.ask('/tracuu chỉ thị 09/CT-BYT')).toContain(
      'Hiệu lực: chưa thấy văn bản nào bãi bỏ hay thay thế — nguồn tra cứu đến 02/2026.',
    );
    expect(await t.ask('/tracuu quyết định 4448')).toContain('Hiệu lực: chưa xác minh được');
    // an amendment in force by today's date (23/11/2026)
    expect(await t.ask('/tracuu luật tiếp công dân')).toContain('đã được sửa đổi, bổ sung từ 01/07/2026');
  });

  it('answers a detail from the provision that holds it, with its article where known', async () => {
    expect(await t.ask('/tracuu hòm thư mở mấy lần')).toContain('• Hòm thư góp ý phải được mở ít nhất mỗi tuần một lần.');
    expect(await t.ask('/tracuu đường dây nóng phải trực những giờ nào')).toContain('• Đường dây nóng phải có người trực 24/7');
    expect(await t.ask('/tracuu viên chức bệnh viện công được giám sát những gì')).toContain(
      '• Điều 8: Những việc viên chức, người lao động được quyền giám sát.',
    );
  });

  it('names the documents that apply together, with the role of each', async () => {
    const text = await t.ask('/tracuu giảm rác thải nhựa trong bệnh viện');
    expect(text).toMatch(/^📄 Chỉ thị 08\/CT-BYT/);
    expect(text).toContain(
      'Áp dụng cùng với:\n• Kế hoạch 1315/KH-BYT (19/11/2019): Kế hoạch về giảm thiểu chất thải nhựa trong ngành Y tế — chưa xác minh được hiệu lực (thực hiện văn bản trên)',
    );
  });

  it("answers when the kind named is not the document's, and says what it is", async () => {
    const text = await t.ask('/tracuu bệnh viện xanh sạch đẹp theo thông tư nào vậy mn');
    expect(text).toMatch(/^📄 Quyết định 3638\/QĐ-BYT/);
    expect(text).toContain('Lưu ý: đây là Quyết định, không phải thông tư.');
    // the kind named picks the one document of that kind among close ones
    expect(await t.ask('/tracuu lịch tiếp công dân của giám đốc sở theo luật nào')).toMatch(/^📄 Luật 42\/2013\/QH13/);
  });

  it('answers a question in English in English, symbols unchanged', async () => {
    const text = await t.ask('/tracuu Which circular sets the rules for medical uniforms?');
    expect(text.split('\n').slice(0, 2)).toEqual([
      '📄 Circular 45/2015/TT-BYT — Ministry of Health, issued 30/11/2015',
      'Subject: Medical uniforms',
    ]);
    expect(text).toContain('Validity: ✅ in force (since 01/01/2016) — sources up to 02/2026.');
  });

  it('does not take the catalogued 76/NQ-CP of 2013 for the 2021 one that replaced 30c/NQ-CP', async () => {
    const text = await t.ask('/tracuu nghị quyết 30c');
    expect(text).toContain(
      'đã được thay thế bởi Nghị quyết 76/NQ-CP (15/07/2021) — Ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 — nguồn tra cứu đến 02/2026.',
    );
    // nor does the JSON, where a program would link the replacement by its symbol
    const { outcome } = await t.app.services.documentLookup.ask('30c/NQ-CP');
    expect(askJson('30c/NQ-CP', outcome).answer).toMatchObject({ symbol: '30c/NQ-CP', replacedBy: '76/NQ-CP (2021-07-15)' });
  });

  it('reads a number with its year alone, of any kind', async () => {
    expect(await t.ask('/tracuu 45/2015')).toMatch(/^📄 Thông tư 45\/2015\/TT-BYT/);
    expect(await t.ask('/tracuu số 2151/2015 còn hiệu lực không')).toMatch(/^📄 Quyết định 2151\/QĐ-BYT/);
    expect(await t.ask('/tracuu 12/2017')).toMatch(/^Số 12\/2017 ứng với nhiều văn bản khác nhau/);
    expect(await t.ask('/tracuu 45/2018')).toMatch(
      /^Trong danh mục không có văn bản số 45\/2018 như bạn hỏi\.\nCó thể bạn muốn hỏi:\n• Thông tư 45\/2015\/TT-BYT/,
    );
  });

  it("does not answer a question about another sector with the health sector's rule", async () => {
    expect(await t.ask('/tracuu quy tắc ứng xử của giáo viên')).toMatch(/^Tôi chưa chắc văn bản nào trả lời câu hỏi này/);
    expect(await t.ask('/tracuu đồng phục học sinh')).toMatch(/^Tôi chưa chắc/);
  });

  it('corrects a misquoted symbol and says so', async () => {
    const text = await t.ask('/tracuu TT 07/2013 còn hiệu lực không');
    expect(text).toContain('📄 Thông tư 07/2014/TT-BYT');
    expect(text).toContain('(Bạn ghi 07/2013/TT-BYT; số hiệu đúng là 07/2014/TT-BYT.)');
  });

  it('asks back when a number names several documents, including known ones outside the catalogue', async () => {
    const thirty = await t.ask('/tracuu chỉ thị 30');
    expect(thirty).toContain('Số 30 ứng với nhiều văn bản khác nhau. Bạn hỏi văn bản nào?');
    expect(thirty).toContain('• Chỉ thị 30-CT/TW (18/02/1998)');
    expect(thirty).toContain('• Chỉ thị 30-CT/TU (19/02/2024)');
    const sixteen = await t.ask('/tracuu chỉ thị 16');
    expect(sixteen).toContain(
      '• Chỉ thị 16/CT-TTg (31/03/2020): Về thực hiện các biện pháp cấp bách phòng, chống dịch COVID-19 — chưa có trong danh mục tra cứu',
    );
    // the suggested follow-up tells the two apart, and works
    expect(sixteen).toContain('ví dụ: /tracuu 16/CT-TTg năm 2016');
    expect(await t.ask('/tracuu 16/CT-TTg năm 2016')).toContain('📄 Chỉ thị 16/CT-TTg — Thủ tướng Chính phủ, ban hành ngày 16/05/2016');
    // the subject settles it
    expect(await t.ask('/tracuu chỉ thị 30 người Hà Nội thanh lịch văn minh')).toContain('📄 Chỉ thị 30-CT/TU');
    expect(await t.ask('/tracuu chỉ thị 16 năm 2020 về giãn cách xã hội')).toContain('chưa có trong danh mục tra cứu');
  });

  it('says it is not sure rather than guessing, and offers candidates', async () => {
    const text = await t.ask('/tracuu thông tư 45 về hòm thư góp ý');
    expect(text).toMatch(/^Tôi chưa chắc văn bản nào trả lời câu hỏi này/);
    expect(text).toContain('45/2015/TT-BYT');
    expect(text).toContain('25/2015/TT-BYT');
  });

  it('admits it does not know a document outside the catalogue', async () => {
    expect(await t.ask('/tracuu thông tư 99/2025/TT-BYT')).toContain('Trong danh mục không có văn bản số 99/2025/TT-BYT như bạn hỏi.');
    expect(await t.ask('/tracuu quy định về tiêm chủng mở rộng')).toMatch(/^Tôi không tìm thấy văn bản nào trong danh mục/);
  });

  it('answers free text addressed to the bot, in a group (a mention) and in private', async () => {
    expect(await t.ask('đường dây nóng theo chỉ thị nào?')).toContain('📄 Chỉ thị 09/CT-BYT');
    expect(await t.ask('hom thu gop y', { kind: 'private', user: consoleUser('nguoi-moi', 'Người mới') })).toContain(
      '📄 Thông tư 25/2015/TT-BYT',
    );
    // group chatter not addressed to the bot stays unanswered
    expect((await t.say('hòm thư góp ý hôm nay ai mở?', { addressed: false })).reply).toBeNull();
  });

  it('answers anyone, in English for those who chose it', async () => {
    await t.ask('/ngonngu en', { user: 'nhan-vien' });
    expect(await t.ask('/tracuu hòm thư góp ý', { user: 'nhan-vien' })).toContain(
      'Validity: ✅ in force (since 01/12/2015); note: it was issued under Decree 04/2015/NĐ-CP, which was repealed by Decree 285/2025/NĐ-CP (03/11/2025); where they differ, Law 10/2022/QH15, Decree 59/2023/NĐ-CP prevail — sources up to 02/2026.',
    );
  });

  it("answers inside the message's transaction, as every platform runs a message, even many at once", async () => {
    // A lookup that read the catalogue outside the transaction would wait forever for a second connection:
    // PGlite has one, and a pool is exhausted by as many waiting transactions as it has connections.
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.ask(i % 2 ? '/tracuu trang phuc y te' : '/theodoi', { inTransaction: true, chat: `console:nhom-${i}` }),
      ),
    );
    expect(answers.filter((answer) => answer.startsWith('📄 Thông tư 45/2015/TT-BYT'))).toHaveLength(12);
  }, 20_000);

  it('shows the usage for an empty question', async () => {
    expect(await t.ask('/tracuu')).toBe(
      'Lệnh chưa đúng cú pháp. Cách dùng:\n/tracuu <câu hỏi>, ví dụ: /tracuu thông tư nào quy định về trang phục y tế? hoặc /tracuu 45/2015/TT-BYT',
    );
  });

  it('sees a document imported while running, without a restart', async () => {
    expect(await t.ask('/tracuu thông tư 99/2025/TT-BYT')).toContain('Trong danh mục không có');
    await importDocuments(
      t.app.store,
      [
        {
          symbol: '99/2025/TT-BYT',
          type: 'Thông tư',
          issuer: 'Bộ Y tế',
          issued: '2025-12-01',
          title_vi: 'Quy định về tiêm chủng mở rộng',
          status: 'in force',
        },
      ],
      { actorId: null, translatorFor },
    );
    expect(await t.ask('/tracuu thông tư 99/2025/TT-BYT')).toContain('📄 Thông tư 99/2025/TT-BYT');
    expect(await t.ask('/tracuu tiêm chủng mở rộng')).toContain('📄 Thông tư 99/2025/TT-BYT');
  });
});

describe('/theodoi', () => {
  it('lets a focal point follow a document for the unit, once, and list and stop following it', async () => {
    expect(await t.ask('/theodoi')).toBe(
      'Bệnh viện Đa khoa tỉnh Lai Châu chưa theo dõi văn bản nào. Gõ /theodoi <số hiệu> để theo dõi, ví dụ: /theodoi 45/2015/TT-BYT.',
    );
    expect(await t.ask('/theodoi 45/2015/TT-BYT')).toBe(
      'Đã theo dõi Thông tư 45/2015/TT-BYT (Quy định về trang phục y tế) cho Bệnh viện Đa khoa tỉnh Lai Châu. Khi văn bản này bị thay thế, nhóm sẽ được báo.',
    );
    expect(await t.ask('/theodoi tt 45', { user: 'lanh-dao-bvdk' })).toBe(
      'Bệnh viện Đa khoa tỉnh Lai Châu đã theo dõi 45/2015/TT-BYT từ trước, không có gì thay đổi.',
    );
    expect(await t.ask('/theodoi')).toContain('• 45/2015/TT-BYT: Quy định về trang phục y tế');
    expect(await t.ask('/theodoi bỏ 45/2015/TT-BYT')).toBe('Bệnh viện Đa khoa tỉnh Lai Châu đã thôi theo dõi 45/2015/TT-BYT.');
    expect(await t.app.store.documentFollows.symbolsFollowedBy((await t.app.store.units.findByCode('BVDK'))!.id)).toEqual([]);
  });

  it('follows nothing when the document is unclear, and refuses staff, private chats and unbound groups', async () => {
    const before = await domainCounts();
    expect(await t.ask('/theodoi chỉ thị 30')).toMatch(/^Chưa theo dõi được vì chưa xác định rõ văn bản\.\nSố 30 ứng với nhiều văn bản/);
    expect(await t.ask('/theodoi 99/2025/TT-BYT')).toContain('Chưa theo dõi được');
    expect(await t.ask('/theodoi 45/2015/TT-BYT', { user: 'nhan-vien' })).toContain('Lệnh /theodoi dành cho');
    expect(await t.ask('/theodoi 45/2015/TT-BYT', { kind: 'private' })).toBe('Lệnh /theodoi chỉ dùng trong nhóm chat của đơn vị.');
    expect(await t.ask('/theodoi 45/2015/TT-BYT', { user: 'quan-tri', chat: 'console:nhom-moi' })).toContain(
      'chưa được gắn với đơn vị nào',
    );
    expect(await domainCounts()).toEqual(before);
  });
});

describe('marking a document replaced', () => {
  it('queues one notice per group of every unit that follows it, once, and none for others', async () => {
    await t.ask('/theodoi 25/2015/TT-BYT');
    await t.ask('/theodoi hòm thư góp ý', { user: 'dau-moi-cdc', chat: 'console:nhom-cdc' });
    const replace = () =>
      importDocuments(t.app.store, [{ symbol: '25/2015/TT-BYT', status: 'replaced by 12/2026/TT-BYT' }], { actorId: null, translatorFor });
    expect(await replace()).toEqual({
      kind: 'imported',
      added: [],
      updated: ['25/2015/TT-BYT'],
      replaced: [{ symbol: '25/2015/TT-BYT', replacedBy: '12/2026/TT-BYT', notices: 2 }],
    });
    const queued = await outbox();
    expect(queued.map((r) => r.chat)).toEqual(['console:nhom-bvdk', 'console:nhom-cdc']);
    expect(queued[0]!.key).toBe('doc-replaced:25/2015/TT-BYT:12/2026/TT-BYT:console:nhom-bvdk');
    expect(queued[0]!.text).toBe(
      '📢 Văn bản Bệnh viện Đa khoa tỉnh Lai Châu đang theo dõi đã được thay thế: Thông tư 25/2015/TT-BYT (Quy định về hòm thư góp ý tại các cơ sở y tế) nay được thay thế bởi 12/2026/TT-BYT. Xem văn bản mới: /tracuu 12/2026/TT-BYT',
    );
    // importing the same change again sends nothing more
    expect((await replace()).kind).toBe('imported');
    expect((await t.db.counts()).outbox).toBe(2);
    // and the lookup now says so
    expect(await t.ask('/tracuu hòm thư góp ý')).toContain('Hiệu lực: ⚠️ đã được thay thế bởi Thông tư 12/2026/TT-BYT.');
  });

  it('names a catalogued replacement with its title', async () => {
    await t.ask('/theodoi 45/2015/TT-BYT');
    await importDocuments(
      t.app.store,
      [
        {
          symbol: '20/2026/TT-BYT',
          type: 'Thông tư',
          issuer: 'Bộ Y tế',
          issued: '2026-10-01',
          title_vi: 'Quy định về trang phục y tế (thay thế)',
          status: 'in force',
        },
        { symbol: '45/2015/TT-BYT', status: 'replaced by 20/2026/TT-BYT' },
      ],
      { actorId: null, translatorFor },
    );
    const [notice] = await outbox();
    expect(notice!.text).toContain('nay được thay thế bởi Thông tư 20/2026/TT-BYT (Quy định về trang phục y tế (thay thế)).');
  });

  it('answers the document in force when it fits the subject as well as the one it replaced', async () => {
    await importDocuments(
      t.app.store,
      [
        { symbol: '45/2015/TT-BYT', status: 'replaced by 20/2026/TT-BYT' },
        // the new title cites the old one: it replaces it, it does not carry it out
        {
          symbol: '20/2026/TT-BYT',
          type: 'Thông tư',
          issuer: 'Bộ Y tế',
          issued: '2026-03-01',
          title_vi: 'Quy định về trang phục y tế (thay thế Thông tư 45/2015/TT-BYT)',
          status: 'in force',
          keywords: ['trang phục y tế', 'đồng phục'],
        },
      ],
      { actorId: null, translatorFor },
    );
    const { outcome } = await t.app.services.documentLookup.ask('trang phuc y te');
    expect(askJson('trang phuc y te', outcome)).toMatchObject({
      answer: { symbol: '20/2026/TT-BYT', status: 'in_force' },
      candidates: [{ symbol: '45/2015/TT-BYT', status: 'replaced', replacedBy: '20/2026/TT-BYT' }],
    });
    // asked by its number, the replaced one answers and says what replaced it
    expect(await t.ask('/tracuu 45/2015')).toContain('Hiệu lực: ⚠️ đã được thay thế bởi Thông tư 20/2026/TT-BYT');
    // words only the old, richer entry has: the old one, stated as replaced, the new one first after it
    const { outcome: nameTags } = await t.app.services.documentLookup.ask('biển tên nhân viên y tế');
    const json = askJson('biển tên nhân viên y tế', nameTags);
    expect(json.answer).toMatchObject({ symbol: '45/2015/TT-BYT' });
    expect(json.candidates[0]).toMatchObject({ symbol: '20/2026/TT-BYT' });
  });

  it('imports nothing when one entry is wrong', async () => {
    const before = await t.db.counts();
    const result = await importDocuments(
      t.app.store,
      [
        { symbol: '45/2015/TT-BYT', status: 'replaced by 20/2026/TT-BYT' },
        { symbol: '21/2026/TT-BYT', title_vi: 'Thiếu loại và cơ quan' },
        { symbol: '07/2014/TT-BYT', status: 'sắp hết hiệu lực' },
      ],
      { actorId: null, translatorFor },
    );
    expect(result.kind).toBe('invalid');
    expect(await t.db.counts()).toEqual(before);
    expect(await t.ask('/tracuu 45/2015/TT-BYT')).toContain('còn hiệu lực');
  });
});
