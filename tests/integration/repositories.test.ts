import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/core/outbox/outbox.js';
import type { Store } from '../../src/core/store.js';
import { createStore } from '../../src/db/store.js';
import { openTestDatabase, type TestDatabase } from '../support/test-db.js';

const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);

let db: TestDatabase;
let store: Store;
const now = new Date('2026-11-23T02:00:00Z');

beforeAll(async () => {
  db = await openTestDatabase();
  store = createStore(db.db);
});
afterAll(() => db.close());
beforeEach(() => db.reset());

async function tree() {
  const syt = await store.units.insert({ code: 'syt', name: 'Sở Y tế', kind: 'department' });
  const ttyt = await store.units.insert({ code: 'TTYT-TD', name: 'TTYT Tam Đường', kind: 'health_center', parentCode: 'SYT' });
  const tyt = await store.units.insert({
    code: 'TYT-BINHLU',
    name: 'Trạm Y tế xã Bình Lư',
    kind: 'commune_station',
    parentCode: 'ttyt-td',
  });
  return { syt, ttyt, tyt };
}

/** A 2026 plan of the Department, the fields these tests do not read left empty. */
const newPlan = (code: string, title: string) =>
  store.plans.createPlan({ symbol: null, code, title, shortTitle: null, issuer: 'Sở Y tế', issuedOn: null, year: 2026, sourceText: null });

/** A report that the occurrence is done, at that instant. */
const reportDone = (occurrenceId: number, at: string, sourceMessageId: string) =>
  store.reports.add({ occurrenceId, reporterId: null, percent: 100, status: 'done', text: 'xong', sourceMessageId, at: new Date(at) });

/** An ad hoc task of the plan at that position: its id. */
const newTask = (planId: number, position: number) =>
  store.plans.createTask({
    planId,
    title: `Nhiệm vụ ${position}`,
    rule: { kind: 'unscheduled', reason: 'ad_hoc' },
    recipient: null,
    sourcePhrase: null,
    position,
  });

/** The task given to the unit, with one occurrence of the period: the occurrence's id. */
const occurrenceOf = async (taskId: number, unitId: number, period: string, dueDate: string | null) =>
  store.plans.ensureOccurrence(await store.plans.assign(taskId, unitId), period, dueDate);

describe(`repositories on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('loads the extensions Vietnamese search needs', async () => {
    const [row] = rowsOf<{ folded: string; similarity: number }>(
      await db.db.execute(sql`select unaccent('Đường dây nóng') as folded, similarity('trang phuc y te', 'trang phục y tế') as similarity`),
    );
    expect(row?.folded).toBe('Duong day nong');
    expect(Number(row?.similarity)).toBeGreaterThan(0);
  });

  it('keeps a unit tree with upper-case codes and walks it upwards', async () => {
    const { syt, ttyt, tyt } = await tree();
    expect(syt.code).toBe('SYT');
    expect((await store.units.findByCode(' ttyt-td '))?.id).toBe(ttyt.id);
    expect(await store.units.ancestorIds(tyt.id)).toEqual([tyt.id, ttyt.id, syt.id]);
    expect(await store.units.count()).toBe(3);
  });

  it('reads units from a copy that follows its own changes and finds units another replica added since', async () => {
    const { ttyt, tyt } = await tree();
    expect((await store.units.findById(tyt.id))?.name).toBe('Trạm Y tế xã Bình Lư');
    await store.units.update('TYT-BINHLU', { name: 'Trạm Y tế phường Bình Lư', kind: 'commune_station', parentCode: 'TTYT-TD' });
    expect((await store.units.findById(tyt.id))?.name).toBe('Trạm Y tế phường Bình Lư');
    // Another replica (its own store, its own copy) adds a unit under the TTYT: this replica's copy is fresh
    // but does not have it, so the unit and its chain are read from the database.
    const other = createStore(db.db);
    const added = await other.units.insert({
      code: 'TYT-SOBAN',
      name: 'Trạm Y tế xã Sơn Bình',
      kind: 'commune_station',
      parentCode: 'TTYT-TD',
    });
    expect((await store.units.findById(added.id))?.name).toBe('Trạm Y tế xã Sơn Bình');
    expect(await store.units.ancestorIds(added.id)).toEqual([added.id, ttyt.id, ttyt.parentId]);
    expect(await store.units.findById(99_999)).toBeNull();
  });

  it('never makes a transaction wait on a units read outside it (one connection on PGlite)', async () => {
    const { tyt } = await tree();
    // The copy goes stale (an insert), then a read outside the transaction starts while one is open: on
    // PGlite's one connection that read waits for the transaction, which must not wait for it in turn.
    await store.units.insert({ code: 'TYT-NAMLOONG', name: 'Trạm Y tế xã Nậm Loỏng', kind: 'commune_station', parentCode: 'TTYT-TD' });
    const inside = store.transaction(async (tx) => {
      const outside = store.units.findById(tyt.id);
      const found = await tx.units.findById(tyt.id);
      return { found, outside };
    });
    const timeout = new Promise<'stuck'>((resolve) => setTimeout(() => resolve('stuck'), 5_000));
    const result = await Promise.race([inside, timeout]);
    expect(result).not.toBe('stuck');
    if (result !== 'stuck') {
      expect(result.found?.code).toBe('TYT-BINHLU');
      expect((await result.outside)?.code).toBe('TYT-BINHLU');
    }
  });

  it('creates a member on first sight and refreshes a changed name without duplicating', async () => {
    const first = await store.members.resolveActor({ platform: 'telegram', id: '42', displayName: 'Lan', username: 'Lan_BV' }, now);
    const again = await store.members.resolveActor(
      { platform: 'telegram', id: '42', displayName: 'Nguyễn Thị Lan', username: 'lan_bv' },
      now,
    );
    expect(again.memberId).toBe(first.memberId);
    expect(again.displayName).toBe('Nguyễn Thị Lan');
    expect((await store.members.findByUsername('telegram', '@LAN_BV'))?.memberId).toBe(first.memberId);
    expect(await store.members.findByUsername('zalo-oa', 'lan_bv')).toBeNull();
    expect((await db.counts()).members).toBe(1);
  });

  it('survives two first messages of the same person arriving together', async () => {
    const user = { platform: 'telegram' as const, id: '77', displayName: 'Hà' };
    const [a, b] = await Promise.all([store.members.resolveActor(user, now), store.members.resolveActor(user, now)]);
    expect(a.memberId).toBe(b.memberId);
    const counts = await db.counts();
    expect(counts.identities).toBe(1);
    expect(counts.members).toBe(1);
  });

  it('grants each role once per unit, Department-wide grants included', async () => {
    const { ttyt } = await tree();
    const { memberId } = await store.members.resolveActor({ platform: 'console', id: 'x', displayName: 'X' }, now);
    expect(await store.members.grant(memberId, { role: 'admin', unitId: null }, null)).toBe(true);
    expect(await store.members.grant(memberId, { role: 'admin', unitId: null }, null)).toBe(false);
    expect(await store.members.grant(memberId, { role: 'focal_point', unitId: ttyt.id }, null)).toBe(true);
    expect(await store.members.grantsOf(memberId)).toEqual(
      expect.arrayContaining([
        { role: 'admin', unitId: null },
        { role: 'focal_point', unitId: ttyt.id },
      ]),
    );
    expect(await store.members.revoke(memberId, { role: 'focal_point', unitId: ttyt.id })).toBe(true);
    expect(await store.members.revoke(memberId, { role: 'focal_point', unitId: ttyt.id })).toBe(false);
    expect((await store.members.withRole('admin', null)).map((m) => m.displayName)).toEqual(['X']);
  });

  it('binds a chat to a unit, remembering the previous one', async () => {
    const { syt, ttyt } = await tree();
    const chat = { ref: 'telegram:-100123', platform: 'telegram' as const, kind: 'group' as const, title: 'Nhóm TTYT' };
    expect(await store.chats.bindToUnit(chat, syt.id)).toEqual({ previousUnitId: null });
    expect(await store.chats.bindToUnit(chat, ttyt.id)).toEqual({ previousUnitId: syt.id });
    expect((await store.chats.get('telegram:-100123'))?.unitId).toBe(ttyt.id);
    expect((await store.chats.listByUnit(ttyt.id)).map((c) => c.ref)).toEqual(['telegram:-100123']);
  });

  it('stores a conversation step with its choices and clears it', async () => {
    const expiresAt = new Date('2026-11-23T02:15:00Z');
    await store.conversations.save('console:g', 'console:u', {
      flow: 'phanquyen',
      step: 'role',
      data: { memberId: 3 },
      choices: [{ label: 'a', value: 'b' }],
      expiresAt,
    });
    expect(await store.conversations.get('console:g', 'console:u')).toEqual({
      flow: 'phanquyen',
      step: 'role',
      data: { memberId: 3 },
      choices: [{ label: 'a', value: 'b' }],
      expiresAt,
    });
    await store.conversations.save('console:g', 'console:u', { flow: 'dangky', step: 'code', data: {}, expiresAt });
    expect((await store.conversations.get('console:g', 'console:u'))?.flow).toBe('dangky');
    await store.conversations.clear('console:g', 'console:u');
    expect(await store.conversations.get('console:g', 'console:u')).toBeNull();
  });

  it("reads the chat, the sender's flow and the calendar revision in one statement, as the three reads give them", async () => {
    const { ttyt } = await tree();
    const expiresAt = new Date('2026-11-23T02:15:00Z');
    const separately = async (chatRef: string, userKey: string | null) => ({
      chat: await store.chats.get(chatRef),
      flow: userKey === null ? null : await store.conversations.get(chatRef, userKey),
      calendarRevision: await store.calendarDays.revision(),
    });
    // nothing known yet: no chat, no flow, an empty calendar
    expect(await store.messageContext.read('telegram:-100', 'telegram:7')).toEqual(await separately('telegram:-100', 'telegram:7'));
    await store.chats.bindToUnit({ ref: 'telegram:-100', platform: 'telegram', kind: 'group', title: 'Nhóm TTYT' }, ttyt.id);
    await store.conversations.save('telegram:-100:5', 'telegram:7', {
      flow: 'baocao',
      step: 'status',
      data: { unitId: ttyt.id },
      expiresAt,
    });
    await store.calendarDays.upsert({ date: '2026-12-31', kind: 'day_off', name: 'Nghỉ bù' });
    // a forum topic of the group: the group's record, the flow kept under the topic's own reference
    const read = await store.messageContext.read('telegram:-100:5', 'telegram:7');
    expect(read).toEqual(await separately('telegram:-100:5', 'telegram:7'));
    expect(read.chat?.unitId).toBe(ttyt.id);
    expect(read.flow?.flow).toBe('baocao');
    expect(read.calendarRevision).toMatch(/^1:/);
    // the flow not asked for: none read
    expect((await store.messageContext.read('telegram:-100:5', null)).flow).toBeNull();
    await store.calendarDays.remove('2026-12-31');
    expect((await store.messageContext.read('telegram:-100', 'telegram:7')).calendarRevision).toBe(await store.calendarDays.revision());
  });

  it("reads the sender's account with its roles, and marks the event processed, in that same statement", async () => {
    const { ttyt } = await tree();
    const sender = { platform: 'telegram' as const, id: '7' };
    const unseen = await store.messageContext.read('telegram:-100', 'telegram:7', {
      sender,
      claim: { platform: 'telegram', eventId: '500' },
    });
    expect(unseen.sender).toBeNull();
    expect(unseen.claimed).toBe(true);
    // the same event again: its mark was there
    expect((await store.messageContext.read('telegram:-100', null, { claim: { platform: 'telegram', eventId: '500' } })).claimed).toBe(
      false,
    );
    expect(await store.inbox.markProcessed('telegram', '500')).toBe(false);
    // not asked for: neither read nor written
    const plain = await store.messageContext.read('telegram:-100', null);
    expect(plain.sender).toBeUndefined();
    expect(plain.claimed).toBeUndefined();
    expect(await store.inbox.markProcessed('telegram', '501')).toBe(true);

    const seenAt = new Date('2026-11-23T02:00:00Z');
    const actor = await store.members.resolveActor({ ...sender, displayName: 'Lan', username: 'lan_bv' }, seenAt, { privateChat: true });
    await store.members.grant(actor.memberId, { role: 'focal_point', unitId: ttyt.id }, null);
    await store.members.grant(actor.memberId, { role: 'department_leader', unitId: null }, null);
    const known = (await store.messageContext.read('telegram:-100', null, { sender })).sender;
    expect(known).toMatchObject({ memberId: actor.memberId, memberName: 'Lan', displayName: 'Lan', username: 'lan_bv', locale: null });
    expect(known?.privateChatAt?.getTime()).toBe(seenAt.getTime());
    expect(known?.grants).toEqual(
      expect.arrayContaining([
        { role: 'focal_point', unitId: ttyt.id },
        { role: 'department_leader', unitId: null },
      ]),
    );
    // resolving from what was read gives the actor a fresh read gives
    const fromRead = await store.members.resolveActor({ ...sender, displayName: 'Lan', username: 'lan_bv' }, seenAt, { known });
    const fresh = await store.members.resolveActor({ ...sender, displayName: 'Lan', username: 'lan_bv' }, seenAt);
    expect({ ...fromRead, grants: [...fromRead.grants].sort((a, b) => a.role.localeCompare(b.role)) }).toEqual({
      ...fresh,
      grants: [...fresh.grants].sort((a, b) => a.role.localeCompare(b.role)),
    });
  });

  it("reads a task's open occurrences in the chat's unit with that statement, as the open list gives them", async () => {
    const { ttyt, tyt } = await tree();
    const planId = await store.plans.createPlan({
      symbol: '12/KH-SYT',
      code: 'TT-2026',
      title: 'Kế hoạch thông tin',
      shortTitle: null,
      issuer: 'Sở Y tế',
      issuedOn: null,
      year: 2026,
      sourceText: null,
    });
    const taskId = await store.plans.createTask({
      planId,
      title: 'Báo cáo quý',
      rule: { kind: 'after_period', period: 'quarter', offset: 10, unit: 'days' },
      recipient: null,
      sourcePhrase: null,
      position: 0,
    });
    const assignment = await store.plans.assign(taskId, ttyt.id);
    // several periods open, one undated, one done; the same task in another unit; another task of the unit
    const q4 = await store.plans.ensureOccurrence(assignment, '2026-Q4', '2027-01-10');
    const q3 = await store.plans.ensureOccurrence(assignment, '2026-Q3', '2026-10-10');
    const undated = await store.plans.ensureOccurrence(assignment, 'on-request', null);
    await reportDone(await store.plans.ensureOccurrence(assignment, '2026-Q2', '2026-07-10'), '2026-07-08T02:00:00Z', 'console:g:1');
    await occurrenceOf(taskId, tyt.id, '2026-Q4', '2027-01-10');
    await occurrenceOf(await newTask(planId, 1), ttyt.id, '2026', '2026-12-01');
    await store.chats.bindToUnit({ ref: 'telegram:-100', platform: 'telegram', kind: 'group', title: 'Nhóm TTYT' }, ttyt.id);

    const read = await store.messageContext.read('telegram:-100:5', 'telegram:7', { openTask: taskId });
    const listed = await store.plans.openOccurrences({ unitIds: [ttyt.id], taskIds: [taskId], withoutLastReport: true });
    expect(read.openTask).toEqual({ taskId, unitId: ttyt.id, occurrences: listed });
    expect(read.openTask?.occurrences.map((o) => o.occurrenceId)).toEqual([q3, q4, undated]);
    expect(read.openTask?.occurrences[0]).toMatchObject({ planLabel: '12/KH-SYT', dueDate: '2026-10-10', unitName: ttyt.name });
    // a chat bound to no unit: nothing to read; not asked for: not read
    expect((await store.messageContext.read('telegram:-200', null, { openTask: taskId })).openTask).toEqual({
      taskId,
      unitId: null,
      occurrences: [],
    });
    expect((await store.messageContext.read('telegram:-100', null)).openTask).toBeUndefined();
  });

  it('lists open tasks soonest first, undated last, with the latest report, and closes a task reported done', async () => {
    const { ttyt } = await tree();
    const planId = await store.plans.createPlan({
      symbol: null,
      code: 'QTUX-2026',
      title: 'Kế hoạch Quy tắc ứng xử',
      shortTitle: 'KH QTƯX',
      issuer: 'Sở Y tế',
      issuedOn: null,
      year: 2014,
      sourceText: null,
    });
    const make = async (title: string, position: number, period: string, dueDate: string | null) => {
      const taskId = await store.plans.createTask({
        planId,
        title,
        rule: { kind: 'unscheduled', reason: 'ad_hoc' },
        recipient: null,
        sourcePhrase: null,
        position,
      });
      const assignmentId = await store.plans.assign(taskId, ttyt.id);
      return store.plans.ensureOccurrence(assignmentId, period, dueDate);
    };
    const undated = await make('Báo cáo đột xuất', 0, 'on-request', null);
    const later = await make('Tổng kết năm', 1, '2026', '2026-12-14');
    const sooner = await make('Sơ kết', 2, '2026', '2026-11-19');
    expect(await make('Sơ kết', 2, '2026', '2026-11-19')).not.toBe(sooner); // another task, another occurrence
    await store.reports.add({
      occurrenceId: later,
      reporterId: null,
      percent: 40,
      status: 'in_progress',
      text: 'đang làm',
      sourceMessageId: 'console:g:1',
      at: new Date('2026-11-20T02:00:00Z'),
    });
    await store.reports.add({
      occurrenceId: later,
      reporterId: null,
      percent: 60,
      status: 'in_progress',
      text: 'tiếp',
      sourceMessageId: 'console:g:2',
      at: new Date('2026-11-21T02:00:00Z'),
    });

    const open = await store.plans.openTasksForUnits([ttyt.id]);
    const order = open.map((t) => t.occurrenceId);
    expect(order[0]).toBe(sooner);
    expect(order.indexOf(later)).toBeGreaterThan(0);
    expect(order.at(-1)).toBe(undated);
    expect(open.find((t) => t.occurrenceId === later)?.lastReport?.percent).toBe(60);
    expect(open[0]?.planLabel).toBe('KH QTƯX');

    await store.reports.add({
      occurrenceId: sooner,
      reporterId: null,
      percent: 100,
      status: 'done',
      text: 'xong',
      sourceMessageId: 'console:g:3',
    });
    expect((await store.plans.openTasksForUnits([ttyt.id])).map((t) => t.occurrenceId)).not.toContain(sooner);
  });

  it('counts open work in several windows in one read, and judges completion by the deadline a day off moves', async () => {
    const { ttyt, tyt } = await tree();
    const planId = await newPlan('CT30-2026', 'Kế hoạch thực hiện Chỉ thị 30');
    const make = async (unitId: number, position: number, dueDate: string) =>
      occurrenceOf(await newTask(planId, position), unitId, '2026', dueDate);
    await make(ttyt.id, 0, '2026-11-10');
    await make(ttyt.id, 1, '2026-11-25');
    await make(tyt.id, 2, '2026-11-26');
    // due Saturday 21/11; the last day moves to Monday 23/11: done that Monday is on time, done Tuesday is late
    const onMonday = await make(tyt.id, 3, '2026-11-21');
    const onTuesday = await make(ttyt.id, 4, '2026-11-21');
    await reportDone(onMonday, '2026-11-23T10:00:00Z', 'console:g:1');
    await reportDone(onTuesday, '2026-11-24T03:00:00Z', 'console:g:2');

    const windows = [{}, { dueTo: '2026-11-20' }, { dueFrom: '2026-11-21', dueTo: '2026-11-25' }] as const;
    expect(await store.plans.countOpenOccurrencesIn(null, windows)).toEqual([3, 1, 1]);
    expect(await store.plans.countOpenOccurrencesIn([tyt.id], windows)).toEqual([1, 0, 0]);
    expect(await store.plans.countOpenOccurrencesIn([], windows)).toEqual([0, 0, 0]);
    for (const [i, window] of windows.entries())
      expect(await store.plans.countOpenOccurrences({ unitIds: null, ...window })).toBe([3, 1, 1][i]);

    const facts = await store.plans.completionFacts({
      since: '2026-01-01',
      today: '2026-11-27',
      timezone: 'Asia/Ho_Chi_Minh',
      shifts: [
        { stated: '2026-11-21', effective: '2026-11-23' },
        { stated: '2026-11-22', effective: '2026-11-23' },
      ],
    });
    const doneFacts = facts.filter((fact) => fact.done);
    expect(doneFacts.find((fact) => fact.unitId === tyt.id)?.completedByDueDate).toBe(true);
    expect(doneFacts.find((fact) => fact.unitId === ttyt.id)?.completedByDueDate).toBe(false);
    // open and past due: how many, and the one overdue longest (the leaders' "quá hạn N ngày")
    const overdue = facts.filter((fact) => !fact.done && fact.pastDue);
    expect(overdue.map((fact) => [fact.unitId, fact.count, fact.oldestDue])).toEqual(
      expect.arrayContaining([
        [ttyt.id, 2, '2026-11-10'],
        [tyt.id, 1, '2026-11-26'],
      ]),
    );
    expect(overdue).toHaveLength(2);
  });

  it('counts overdue work unit by unit at each of several points as a row-by-row count does, the points in any order', async () => {
    const { ttyt, tyt } = await tree();
    const planId = await newPlan('HEAT-2026', 'Kế hoạch đo bản đồ nhiệt');
    const occurrences: Array<{ unitId: number; due: string; completedAt: Date | null }> = [];
    const make = async (unitId: number, due: string, completedAt: string | null) => {
      const occurrenceId = await occurrenceOf(await newTask(planId, occurrences.length), unitId, '2026', due);
      if (completedAt) await reportDone(occurrenceId, completedAt, `console:heat:${occurrences.length}`);
      occurrences.push({ unitId, due, completedAt: completedAt ? new Date(completedAt) : null });
    };
    // open, done on time, done late across several points, done on a point's last instant, due on a point's day
    await make(ttyt.id, '2026-10-01', null);
    await make(ttyt.id, '2026-10-20', '2026-11-05T03:00:00Z');
    await make(ttyt.id, '2026-11-02', '2026-11-09T17:00:00Z');
    await make(tyt.id, '2026-11-09', null);
    await make(tyt.id, '2026-10-05', '2026-10-04T03:00:00Z');
    await make(tyt.id, '2026-11-16', '2026-11-30T03:00:00Z');
    const point = (day: string) => ({ day, overdueBefore: day, endsAt: new Date(`${day}T17:00:00Z`) });
    const weeks = ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'].map(point);
    // overdue at a point: due before its day, and open or completed at or after its end
    const expected = (points: typeof weeks, unitIds: number[] | null) =>
      [ttyt.id, tyt.id]
        .filter((unitId) => unitIds === null || unitIds.includes(unitId))
        .map((unitId) => ({
          unitId,
          counts: points.map(
            (p) =>
              occurrences.filter(
                (o) => o.unitId === unitId && o.due < p.overdueBefore && (o.completedAt === null || o.completedAt >= p.endsAt),
              ).length,
          ),
        }))
        .filter((row) => row.counts.some((count) => count > 0));
    const sorted = (rows: Array<{ unitId: number; counts: number[] }>) => [...rows].sort((a, b) => a.unitId - b.unitId);
    const shuffled = [weeks[3]!, weeks[0]!, weeks[6]!, weeks[1]!, weeks[5]!, weeks[2]!, weeks[4]!];
    // two points whose ends run against their days: no single order, counted point by point
    const crossed = [point('2026-10-19'), { day: '2026-11-02', overdueBefore: '2026-11-02', endsAt: new Date('2026-10-01T00:00:00Z') }];
    for (const points of [weeks, shuffled, crossed, [weeks[4]!]])
      for (const unitIds of [null, [tyt.id]]) {
        expect(sorted(await store.plans.overdueCountsByUnit(points, unitIds))).toEqual(expected(points, unitIds));
        expect(await store.plans.overdueCounts(points, unitIds)).toEqual(
          points.map((_, i) => expected(points, unitIds).reduce((sum, row) => sum + row.counts[i]!, 0)),
        );
      }
    expect(expected(weeks, null).map((row) => row.counts)).toEqual([
      [1, 1, 2, 2, 2, 1, 1],
      [0, 0, 0, 0, 0, 1, 2],
    ]);
  });

  it('lists the cases in view oldest first, each as insert and findByCode give it, times to the millisecond', async () => {
    const { ttyt, tyt } = await tree();
    const case_ = (unitId: number, receivedAt: string, extra: Partial<Parameters<Store['feedback']['insert']>[1]> = {}) => ({
      unitId,
      channel: 'box' as const,
      receivedAt: new Date(receivedAt),
      category: 'price' as const,
      severity: 'normal' as const,
      content: `Phản ánh nhận lúc ${receivedAt}`,
      slaDue: '2026-11-30',
      createdBy: null,
      ...extra,
    });
    const late = await store.feedback.insert('PA-2026-0002', case_(ttyt.id, '2026-11-22T02:00:00.123Z'));
    const early = await store.feedback.insert(
      'PA-2026-0001',
      case_(tyt.id, '2026-11-20T10:30:00Z', {
        receivedTimeKnown: false,
        sensitive: true,
        status: 'acknowledged',
        resolvedAt: new Date('2026-11-21T01:02:03.456Z'),
      }),
    );
    const praise = await store.feedback.insert('PA-2026-0003', case_(tyt.id, '2026-11-23T00:00:00Z', { category: 'praise', slaDue: null }));
    const all = await store.feedback.list({ unitIds: null });
    expect(all).toEqual([early, late, praise]);
    expect(all[0]!.resolvedAt).toEqual(new Date('2026-11-21T01:02:03.456Z'));
    expect(all[1]!.receivedAt).toEqual(new Date('2026-11-22T02:00:00.123Z'));
    expect(await store.feedback.findByCode('PA-2026-0001')).toEqual(early);
    expect(await store.feedback.list({ unitIds: [tyt.id], openOnly: true })).toEqual([]);
    expect(await store.feedback.list({ unitIds: null, openOnly: true })).toEqual([late]);
    expect(
      await store.feedback.list({
        unitIds: null,
        receivedFrom: new Date('2026-11-21T00:00:00Z'),
        receivedBefore: new Date('2026-11-23T00:00:00Z'),
      }),
    ).toEqual([late]);
    expect(await store.feedback.list({ unitIds: [] })).toEqual([]);
    // the open ones' deadlines alone, as the overview and the leaders' backlog count them
    const deadline = ({ id, unitId, status, slaDue }: typeof late) => ({ id, unitId, status, slaDue });
    const another = await store.feedback.insert(
      'PA-2026-0004',
      case_(tyt.id, '2026-11-19T00:00:00Z', { slaDue: null, status: 'in_progress' }),
    );
    expect(await store.feedback.openDeadlines(null)).toEqual([another, late].map(deadline));
    expect(await store.feedback.openDeadlines([tyt.id])).toEqual([deadline(another)]);
    expect(await store.feedback.openDeadlines([])).toEqual([]);
  });

  it("reads a plan's cells with their state alone as the full read gives them, in the same order", async () => {
    const { ttyt, tyt } = await tree();
    const planId = await newPlan('GRID-2026', 'Kế hoạch đo lưới');
    for (const [position, due] of [
      [1, '2026-11-20'],
      [0, null],
      [2, '2026-11-02'],
    ] as const) {
      const taskId = await newTask(planId, position);
      for (const unit of [tyt, ttyt]) {
        const occurrenceId = await occurrenceOf(taskId, unit.id, '2026', due);
        if (unit === tyt && due) await reportDone(occurrenceId, '2026-11-21T03:04:05.678Z', `console:grid:${position}`);
      }
    }
    const query = { planId, dueFrom: '2026-10-01', dueTo: '2026-12-31' } as const;
    const full = await store.reports.planOccurrences({ ...query, detail: 'full' });
    const state = await store.reports.planOccurrences({ ...query, detail: 'state' });
    expect(full).toHaveLength(6);
    expect(state).toEqual(full.map((record) => ({ ...record, latestReport: null, evidenceCount: 0, evidence: [] })));
    expect(state.filter((record) => record.status === 'done').map((record) => record.completedAt)).toEqual([
      new Date('2026-11-21T03:04:05.678Z'),
      new Date('2026-11-21T03:04:05.678Z'),
    ]);
    expect(await store.reports.planOccurrences({ ...query, detail: 'state', unitIds: [ttyt.id] })).toEqual(
      state.filter((record) => record.unitId === ttyt.id),
    );
  });

  it('says who still owes a report for each task period due by a day: the first units by id, the reported counted', async () => {
    const { ttyt } = await tree();
    const station = (i: number) =>
      store.units.insert({ code: `TYT-${i}`, name: `Trạm ${i}`, kind: 'commune_station', parentCode: 'TTYT-TD' });
    const stations = [await station(1), await station(2), await station(3), await station(4), await station(5)] as const;
    const [u1, u2, , u4, u5] = stations;
    const planId = await newPlan('OWED-2026', 'Kế hoạch nợ báo cáo');
    const report = (occurrenceId: number, key: string) =>
      store.reports.add({ occurrenceId, reporterId: null, percent: 40, status: 'in_progress', text: 'đang làm', sourceMessageId: key });

    // task 1, due 20/11: u1 reported, u2 done, u3 nothing, u4 a report taken back, u5 no longer given the task
    const owed = await newTask(planId, 1);
    const of = new Map<number, number>();
    for (const unit of stations) of.set(unit.id, await occurrenceOf(owed, unit.id, '2026-11', '2026-11-20'));
    await report(of.get(u1.id)!, 'console:owed:1');
    await reportDone(of.get(u2.id)!, '2026-11-19T03:00:00Z', 'console:owed:2');
    await store.reports.withdraw((await report(of.get(u4.id)!, 'console:owed:4')).id, now);
    await db.db.execute(sql`update occurrences set status = 'cancelled' where id = ${of.get(u5.id)!}`);
    // task 2, due earlier: listed first
    const earlier = await newTask(planId, 2);
    await occurrenceOf(earlier, u1.id, '2026-11', '2026-11-05');
    // task 3, every unit done: nobody owes it; task 4, due after the day; task 5, undated
    const settled = await newTask(planId, 3);
    await reportDone(await occurrenceOf(settled, u1.id, '2026-11', '2026-11-10'), '2026-11-09T03:00:00Z', 'console:owed:settled');
    await occurrenceOf(await newTask(planId, 4), u1.id, '2027-01', '2027-01-10');
    await occurrenceOf(await newTask(planId, 5), u1.id, 'once', null);

    const rows = await store.digests.reporting('2026-12-31', 12);
    expect(rows.map((row) => [row.taskId, row.period, row.dueDate, row.total, row.reportedCount, row.missingCount, row.missing])).toEqual([
      [earlier, '2026-11', '2026-11-05', 1, 0, 1, ['Trạm 1']],
      [owed, '2026-11', '2026-11-20', 4, 2, 2, ['Trạm 3', 'Trạm 4']],
    ]);
    expect((await store.digests.reporting('2026-11-10', 12)).map((row) => row.taskId)).toEqual([earlier]);
    // only the first names travel
    expect((await store.digests.reporting('2026-12-31', 1)).find((row) => row.taskId === owed)?.missing).toEqual(['Trạm 3']);
    // a view of some units counts those units only
    const some = await store.digests.reporting('2026-12-31', 12, [u4.id, u2.id, ttyt.id]);
    expect(some.map((row) => [row.taskId, row.total, row.reportedCount, row.missing])).toEqual([[owed, 2, 1, ['Trạm 4']]]);
  });

  it('refuses to store the same source message twice', async () => {
    const { ttyt } = await tree();
    const planId = await store.plans.createPlan({
      symbol: '20/KH-SYT',
      code: null,
      title: 'KH',
      shortTitle: null,
      issuer: null,
      issuedOn: '2020-02-07',
      year: 2020,
      sourceText: null,
    });
    const taskId = await store.plans.createTask({
      planId,
      title: 'T',
      rule: { kind: 'yearly', month: 11, day: 20, inclusive: false },
      recipient: null,
      sourcePhrase: null,
      position: 0,
    });
    const occurrenceId = await store.plans.ensureOccurrence(await store.plans.assign(taskId, ttyt.id), '2026', '2026-11-19');
    const report = {
      occurrenceId,
      reporterId: null,
      percent: 10,
      status: 'in_progress' as const,
      text: null,
      sourceMessageId: 'telegram:-1:5',
    };
    await store.reports.add(report);
    await expect(store.reports.add(report)).rejects.toThrow();
  });

  it('rolls a transaction back as a whole', async () => {
    await tree();
    await expect(
      store.transaction(async (tx) => {
        await tx.units.insert({ code: 'NEW', name: 'Đơn vị mới', kind: 'other' });
        await tx.units.insert({ code: 'NEW', name: 'Trùng mã', kind: 'other' });
      }),
    ).rejects.toThrow();
    expect(await store.units.findByCode('NEW')).toBeNull();
  });

  it('upserts documents by symbol', async () => {
    const doc = {
      symbol: '45/2015/TT-BYT',
      type: 'Thông tư',
      issuer: 'Bộ Y tế',
      issuedOn: '2015-11-30',
      effectiveOn: null,
      title: 'Quy định về trang phục y tế',
      summary: null,
      keywords: ['trang phục'],
      aliases: ['45/TT-BYT'],
      status: 'in_force' as const,
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
    };
    await store.documents.upsertMany([doc]);
    const before = await store.documents.fingerprint();
    await store.documents.upsertMany([
      { ...doc, keywords: ['trang phục', 'đồng phục'], status: 'replaced', replacedBy: '99/2025/TT-BYT', replacedByIssuedOn: '2025-12-01' },
    ]);
    expect(await store.documents.count()).toBe(1);
    expect(await store.documents.fingerprint()).not.toBe(before);
    expect(await store.documents.listAll()).toEqual([
      { ...doc, keywords: ['trang phục', 'đồng phục'], status: 'replaced', replacedBy: '99/2025/TT-BYT', replacedByIssuedOn: '2025-12-01' },
    ]);
    expect(await store.documents.findBySymbols(['45/2015/TT-BYT', 'không có'])).toHaveLength(1);
  });

  it('remembers which units follow a document, once each', async () => {
    const { ttyt } = await tree();
    const doc = {
      symbol: '25/2015/TT-BYT',
      type: 'Thông tư',
      issuer: 'Bộ Y tế',
      issuedOn: '2015-10-01',
      effectiveOn: null,
      title: 'Quy định về hòm thư góp ý',
      summary: null,
      keywords: [],
      aliases: [],
      status: 'in_force' as const,
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
    };
    await store.documents.upsertMany([doc]);
    expect(await store.documentFollows.follow(ttyt.id, doc.symbol, null)).toBe(true);
    expect(await store.documentFollows.follow(ttyt.id, doc.symbol, null)).toBe(false);
    expect(await store.documentFollows.follow(ttyt.id, 'không có', null)).toBe(false);
    expect(await store.documentFollows.symbolsFollowedBy(ttyt.id)).toEqual([doc.symbol]);
    expect(await store.documentFollows.unitsFollowing(doc.symbol)).toEqual([ttyt.id]);
    expect(await store.documentFollows.unfollow(ttyt.id, doc.symbol)).toBe(true);
    expect(await store.documentFollows.unfollow(ttyt.id, doc.symbol)).toBe(false);
    expect(await store.documentFollows.unitsFollowing(doc.symbol)).toEqual([]);
  });

  it('queues an outbox message once per key', async () => {
    expect(
      await store.outbox.enqueue([
        { key: 'k1', chat: 'console:g', text: 'a' },
        { key: 'k2', chat: 'console:g', text: 'b' },
      ]),
    ).toBe(2);
    expect(await store.outbox.enqueue([{ key: 'k1', chat: 'console:g', text: 'again' }])).toBe(0);
    expect((await db.counts()).outbox).toBe(2);
  });

  it('keeps what a queued message holds, whatever the batch: its time, its parts, its files, a key twice in one batch', async () => {
    const now = new Date('2026-12-07T03:00:00Z');
    const later = new Date(now.getTime() + 60_000);
    const chart = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const reply: OutboxMessage = {
      key: 'reply:1',
      chat: 'telegram:-100',
      text: 'Đã ghi nhận báo cáo NV12 — 80% "đã tập huấn" \\ 120 người',
      replyToMessageId: '77',
      buttons: [{ label: 'Có', data: 'yes' }],
      expectsAnswer: true,
      addressee: { platform: 'telegram', id: '5', displayName: 'Chị Lan' },
      files: [{ kind: 'photo', name: 'bieu-do.png', mimeType: 'image/png', data: chart }],
      notBefore: later,
      partsSent: 1,
    };
    const queued = await store.outbox.enqueue([
      reply,
      { key: 'reply:1', chat: 'telegram:-100', text: 'the same key again' },
      { key: 'reply:2', chat: 'telegram:-200', text: 'due at once' },
    ]);
    expect(queued).toBe(2);
    const due = await store.outbox.claimDue(now, 10, 60);
    expect(due.map((message) => message.key)).toEqual(['reply:2']);
    const held = (await store.outbox.claimDue(later, 10, 60)).find((message) => message.key === 'reply:1');
    // everything as queued; the files compared as bytes below
    const { files: _files, notBefore: _notBefore, ...kept } = reply;
    expect(held).toMatchObject(kept);
    expect(held!.files?.[0]?.data.equals(chart)).toBe(true);
  });
});
