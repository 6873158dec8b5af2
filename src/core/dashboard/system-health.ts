import type { Platform, RoleGrant } from '../members/member.js';
import type { Role } from '../members/roles.js';
import type { Store } from '../store.js';
import type { Unit, UnitKind } from '../units/unit.js';
import type { PageScope } from './view-scope.js';

/*
 * The administrators' health page (/quan-tri): what stops the bot from reaching people, read as typed data.
 * The page presents it; a chat command could present the same.
 */

export interface GroupChatReading {
  ref: string;
  platform: Platform;
  title: string | null;
  unitId: number | null;
  leadersChat: boolean;
  active: boolean;
  /** the last weekly digest claimed for this chat: its period ("2026-W48") and when */
  lastDigest: { period: string; at: Date } | null;
}

export interface PersonReading {
  memberId: number;
  name: string;
  grants: RoleGrant[];
  /** each platform account, and the last day it wrote to the bot privately (null: never) */
  accounts: Array<{ platform: Platform; privateChatAt: Date | null }>;
}

export interface OutboxReading {
  id: number;
  chatRef: string;
  /** what kind of message, from its key ("digest", "reminder", "reply"…) */
  kind: string;
  createdAt: Date;
  failedAt: Date | null;
  /** a request was on its way to the platform when its sender stopped, and the lease has run out */
  sendingStale: boolean;
  lastError: string | null;
}

export interface ZaloTokenReading {
  appId: string;
  accessExpiresAt: Date;
  refreshedAt: Date | null;
  updatedAt: Date;
}

/** The reads behind the page, one query each (src/db/repositories/system-health.repository.ts). */
export interface SystemHealthReads {
  groupChats(): Promise<GroupChatReading[]>;
  /** people holding at least one role, with their accounts */
  peopleWithRoles(): Promise<PersonReading[]>;
  /** queued messages that failed, or whose sending is in doubt, since a moment, newest first */
  troubledOutbox(since: Date, now: Date, limit: number): Promise<OutboxReading[]>;
  zaloTokens(): Promise<ZaloTokenReading[]>;
}

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface HealthGroup extends Omit<GroupChatReading, 'unitId'> {
  unit: UnitRef | null;
}

export interface HealthPerson {
  memberId: number;
  name: string;
  roles: Array<{ role: Role; unit: UnitRef | null }>;
  platforms: Platform[];
}

export interface HealthOutboxMessage extends Omit<OutboxReading, 'sendingStale'> {
  state: 'failed' | 'in-doubt';
  /** the group's title and unit, when the message was for a known group */
  chatTitle: string | null;
}

export interface HealthZaloToken {
  appId: string;
  accessExpiresAt: Date;
  /** the refresh token works once and lives three months from the last refresh */
  refreshExpiresAt: Date;
  state: 'ok' | 'access-expired' | 'refresh-soon' | 'refresh-expired';
}

export interface SystemHealth {
  groups: { bound: HealthGroup[]; unbound: HealthGroup[] };
  unitsWithoutFocalPoint: UnitRef[];
  unitsWithoutBox: UnitRef[];
  peopleWithoutPrivateChat: HealthPerson[];
  outbox: { failed: HealthOutboxMessage[]; inDoubt: HealthOutboxMessage[]; since: Date; limit: number };
  zaloTokens: HealthZaloToken[];
}

/** Failed messages older than this are history, not health. */
export const OUTBOX_WINDOW_DAYS = 30;
export const OUTBOX_LIMIT = 100;
// Zalo: a refresh token lives three months and works once (README, "Zalo Official Account").
const REFRESH_TOKEN_DAYS = 90;
const REFRESH_WARNING_DAYS = 14;
const DAY = 24 * 3600_000;
// Units whose work is not to keep a complaint box: the Department itself and its offices.
const NO_BOX_EXPECTED: readonly UnitKind[] = ['department', 'department_office'];

const refOf = (unit: Unit): UnitRef => ({ id: unit.id, code: unit.code, name: unit.name, kind: unit.kind });

function zaloState(token: ZaloTokenReading, now: Date): HealthZaloToken {
  const refreshExpiresAt = new Date((token.refreshedAt ?? token.updatedAt).getTime() + REFRESH_TOKEN_DAYS * DAY);
  const left = refreshExpiresAt.getTime() - now.getTime();
  const state =
    left <= 0
      ? 'refresh-expired'
      : left <= REFRESH_WARNING_DAYS * DAY
        ? 'refresh-soon'
        : token.accessExpiresAt.getTime() <= now.getTime()
          ? 'access-expired'
          : 'ok';
  return { appId: token.appId, accessExpiresAt: token.accessExpiresAt, refreshExpiresAt, state };
}

/**
 * The health of the installation within a page's scope: with a unit named, only its subtree's groups,
 * units, people and messages (unbound groups and the Zalo token belong to no unit and show only for the
 * whole Department).
 */
export async function systemHealth(store: Store, input: { scope: PageScope; now: Date }): Promise<SystemHealth> {
  const { scope, now } = input;
  const inScope = new Map(scope.units.map((unit) => [unit.id, unit]));
  const everyUnit = scope.wholeDepartment || scope.unit === null;
  const since = new Date(now.getTime() - OUTBOX_WINDOW_DAYS * DAY);
  const [chats, people, troubled, tokens, boxes] = await Promise.all([
    store.systemHealth.groupChats(),
    store.systemHealth.peopleWithRoles(),
    store.systemHealth.troubledOutbox(since, now, OUTBOX_LIMIT),
    everyUnit ? store.systemHealth.zaloTokens() : Promise.resolve([]),
    store.feedback.boxSchedules(),
  ]);
  const allUnits = scope.unit === null && scope.wholeDepartment ? scope.units : await store.units.list();
  const unitById = new Map(allUnits.map((unit) => [unit.id, unit]));

  const groups = chats
    .filter((chat) => (chat.unitId === null ? everyUnit : inScope.has(chat.unitId)))
    .map(
      ({ unitId, ...chat }): HealthGroup => ({
        ...chat,
        unit: unitId !== null && unitById.has(unitId) ? refOf(unitById.get(unitId)!) : null,
      }),
    );

  const focalUnits = new Set(people.flatMap((person) => person.grants.filter((g) => g.role === 'focal_point').map((g) => g.unitId)));
  const boxUnits = new Set(boxes.map((box) => box.unitId));

  const personInScope = (person: PersonReading) => person.grants.some((g) => (g.unitId === null ? everyUnit : inScope.has(g.unitId)));
  const peopleWithoutPrivateChat = people
    .filter((person) => personInScope(person) && person.accounts.every((account) => account.privateChatAt === null))
    .map(
      (person): HealthPerson => ({
        memberId: person.memberId,
        name: person.name,
        roles: person.grants.map((g) => ({
          role: g.role,
          unit: g.unitId !== null && unitById.has(g.unitId) ? refOf(unitById.get(g.unitId)!) : null,
        })),
        platforms: [...new Set(person.accounts.map((account) => account.platform))],
      }),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));

  const chatByRef = new Map(chats.map((chat) => [chat.ref, chat]));
  const messages = troubled
    .filter((message) => {
      const chat = chatByRef.get(message.chatRef);
      // a private message belongs to no unit: it shows for the whole Department only
      return chat?.unitId != null ? inScope.has(chat.unitId) : everyUnit;
    })
    .map(
      ({ sendingStale, ...message }): HealthOutboxMessage => ({
        ...message,
        state: sendingStale || message.lastError?.startsWith('in doubt') ? 'in-doubt' : 'failed',
        chatTitle: chatByRef.get(message.chatRef)?.title ?? null,
      }),
    );

  return {
    groups: {
      bound: groups.filter((g) => g.unit !== null || g.leadersChat),
      unbound: groups.filter((g) => g.unit === null && !g.leadersChat),
    },
    unitsWithoutFocalPoint: scope.units.filter((unit) => !focalUnits.has(unit.id) && unit.parentId !== null).map(refOf),
    unitsWithoutBox: scope.units.filter((unit) => !boxUnits.has(unit.id) && !NO_BOX_EXPECTED.includes(unit.kind)).map(refOf),
    peopleWithoutPrivateChat,
    outbox: {
      failed: messages.filter((m) => m.state === 'failed'),
      inDoubt: messages.filter((m) => m.state === 'in-doubt'),
      since,
      limit: OUTBOX_LIMIT,
    },
    zaloTokens: tokens.map((token) => zaloState(token, now)),
  };
}
