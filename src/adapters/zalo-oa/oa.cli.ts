import { parseArgs } from 'node:util';
import type { App } from '../../app.js';
import { isDomainError } from '../../core/errors.js';
import { requireUnit } from '../../core/units/unit-search.js';
import type { Unit } from '../../core/units/unit.js';
import type { Locale } from '../../i18n/i18n.js';
import { createInboundEventsRepository } from '../../db/repositories/inbound-events.repository.js';
import { personalHoldings } from '../../db/repositories/personal-data.repository.js';
import { ZaloApiError } from '../zalo/zalo-errors.js';
import type { OaGroup } from './oa.client.js';
import { createPkcePair, randomState } from './oa.oauth.js';
import { createOaServices, type OaOverrides, type OaServices } from './oa.setup.js';
import { oaGroupRef } from './oa-chat-ref.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** one line typed by the operator; absent when standard input is not a terminal */
  ask?(prompt: string): Promise<string | null>;
}

// Zalo's authorization code lives ten minutes; so does the request that waits for it.
const AUTH_REQUEST_TTL_MS = 10 * 60_000;
const GROUP_PAGE = 50;

type Handler = (
  context: { app: App; services: OaServices; io: CliIo; t: (key: string, args?: Record<string, string | number>) => string },
  argv: string[],
) => Promise<number>;

/** The code (and state) from what the operator pasted: the whole address Zalo redirected to, or the bare code. */
export function codeFromPasted(pasted: string): { code: string; state: string | null } | null {
  const text = pasted.trim();
  if (!text) return null;
  if (/^https?:\/\//i.test(text)) {
    const url = new URL(text);
    const code = url.searchParams.get('code');
    return code ? { code, state: url.searchParams.get('state') } : null;
  }
  return /^[\w.~-]{8,}$/.test(text) ? { code: text, state: null } : null;
}

async function exchange(context: Parameters<Handler>[0], pasted: { code: string; state: string | null }): Promise<number> {
  const { app, services, io, t } = context;
  const since = new Date(app.clock.now().getTime() - AUTH_REQUEST_TTL_MS);
  const request = await services.tokenStore.takePending(services.appId, pasted.state, since);
  if (!request) {
    io.err(t('cli-zalo-auth-no-request'));
    return 1;
  }
  const grant = await services.oauth.exchangeCode(pasted.code, request.codeVerifier);
  await services.tokens.adopt(grant);
  // The pair is saved; the OA's name is only shown, and getoa needs a permission group of its own.
  const oa = await services.client.getOa().catch(() => null);
  io.out(t('cli-zalo-auth-done', { oa: oa?.name ?? oa?.oaId ?? '?', hours: Math.round(grant.expiresInSeconds / 3600) }));
  return 0;
}

const auth: Handler = async (context, argv) => {
  const { app, services, io, t } = context;
  const { values } = parseArgs({
    args: argv,
    options: { code: { type: 'string' }, url: { type: 'string' }, state: { type: 'string' }, 'redirect-uri': { type: 'string' } },
  });
  if (values.code || values.url) {
    const pasted = values.url ? codeFromPasted(values.url) : { code: values.code!, state: values.state ?? null };
    if (!pasted) {
      io.err(t('cli-zalo-auth-bad-code'));
      return 1;
    }
    return exchange(context, pasted);
  }
  const redirectUri = values['redirect-uri'] ?? app.config.zaloOa?.redirectUri;
  if (!redirectUri) {
    io.err(t('cli-zalo-auth-no-redirect'));
    return 1;
  }
  const { verifier, challenge } = createPkcePair();
  const state = randomState();
  await services.tokenStore.savePending({ state, appId: services.appId, codeVerifier: verifier, redirectUri, createdAt: app.clock.now() });
  io.out(t('cli-zalo-auth-open'));
  io.out(services.oauth.authorizationUrl({ redirectUri, codeChallenge: challenge, state }));
  if (!io.ask) {
    io.out(t('cli-zalo-auth-then'));
    return 0;
  }
  const answer = await io.ask(t('cli-zalo-auth-paste'));
  const pasted = answer ? codeFromPasted(answer) : null;
  if (!pasted) {
    io.err(t('cli-zalo-auth-bad-code'));
    return 1;
  }
  return exchange(context, { code: pasted.code, state: pasted.state ?? state });
};

async function allGroups(services: OaServices): Promise<OaGroup[]> {
  const groups: OaGroup[] = [];
  for (let offset = 0; ; offset += GROUP_PAGE) {
    const page = await services.client.listGroups(offset, GROUP_PAGE);
    groups.push(...page.groups);
    if (page.groups.length < GROUP_PAGE || (page.total !== null && groups.length >= page.total)) return groups;
  }
}

const groups: Handler = async ({ app, services, io, t }) => {
  const list = await allGroups(services);
  if (list.length === 0) {
    io.out(t('cli-zalo-groups-none'));
    return 0;
  }
  for (const group of list) {
    const chat = await app.store.chats.get(oaGroupRef(group.groupId));
    const unit = chat?.unitId ? await app.store.units.findById(chat.unitId) : null;
    io.out(
      t('cli-zalo-group-line', {
        id: group.groupId,
        name: group.name ?? '—',
        members: group.members ?? '?',
        status: group.status ?? '?',
        link: group.link ?? '—',
        unit: unit ? unit.code : t('cli-zalo-group-unbound'),
      }),
    );
  }
  return 0;
};

/** Binds the group to the unit; returns the unit it was bound to before, when that was another. */
async function bind(app: App, groupId: string, title: string | null, unit: Unit): Promise<Unit | null> {
  return app.store.transaction(async (tx) => {
    const { previousUnitId } = await tx.chats.bindToUnit({ ref: oaGroupRef(groupId), platform: 'zalo-oa', kind: 'group', title }, unit.id);
    await tx.audit.record({
      actorId: null,
      action: 'chat.bind',
      entity: 'chat',
      entityId: oaGroupRef(groupId),
      data: { unit: unit.code, previousUnitId, via: 'cli zalo' },
    });
    return previousUnitId !== null && previousUnitId !== unit.id ? tx.units.findById(previousUnitId) : null;
  });
}

/** The people to put in a new unit group: every administrator and the unit's focal points known on the OA. */
async function defaultMembers(app: App, unit: Unit): Promise<string[]> {
  const people = [
    ...(await app.store.members.withRole('admin', null)),
    ...(await app.store.members.withRole('focal_point', unit.id)),
    ...(await app.store.members.withRole('deputy', unit.id)),
  ];
  const ids = new Set<string>();
  for (const person of people) {
    for (const identity of await app.store.members.identitiesOf(person.memberId)) if (identity.platform === 'zalo-oa') ids.add(identity.id);
  }
  return [...ids];
}

const group: Handler = async (context, argv) => {
  const { app, services, io, t } = context;
  const [verb, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      unit: { type: 'string' },
      asset: { type: 'string' },
      group: { type: 'string' },
      name: { type: 'string' },
      members: { type: 'string' },
    },
  });
  if (
    !values.unit ||
    (verb === 'create' && !values.asset) ||
    (verb === 'bind' && !values.group) ||
    (verb !== 'create' && verb !== 'bind')
  ) {
    io.err(t('cli-zalo-group-usage'));
    return 2;
  }
  const unit = await requireUnit(app.store.units, values.unit);
  if (verb === 'bind') {
    const previous = await bind(app, values.group!, null, unit);
    io.out(t('cli-zalo-group-bound', { id: values.group!, unit: `${unit.name} (${unit.code})` }));
    // moving a group from one unit to another is allowed, but never silent
    if (previous) io.out(t('cli-zalo-group-rebound', { previous: `${previous.name} (${previous.code})` }));
    return 0;
  }
  const extra = (values.members ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const memberIds = [...new Set([...(await defaultMembers(app, unit)), ...extra])].slice(0, 99);
  if (memberIds.length === 0) {
    io.err(t('cli-zalo-group-no-members'));
    return 1;
  }
  const name = values.name ?? t('cli-zalo-group-default-name', { unit: unit.shortName ?? unit.name });
  const created = await services.client.createGroup({
    name,
    description: t('cli-zalo-group-description', { unit: unit.name }),
    assetId: values.asset!,
    memberIds,
  });
  await bind(app, created.groupId, name, unit);
  io.out(t('cli-zalo-group-created', { id: created.groupId, unit: `${unit.name} (${unit.code})`, members: memberIds.length }));
  io.out(t('cli-zalo-group-link', { link: created.link ?? '—' }));
  return 0;
};

const assets: Handler = async ({ services, io, t }, argv) => {
  const { values } = parseArgs({
    args: argv,
    options: { product: { type: 'string', default: 'gmf10' }, quota: { type: 'string', default: 'purchase_quota' } },
  });
  const list = await services.client.groupAssets(values.product, values.quota);
  if (list.length === 0) io.out(t('cli-zalo-assets-none', { product: values.product }));
  for (const asset of list)
    io.out(
      t('cli-zalo-asset-line', {
        id: asset.assetId,
        product: asset.productType ?? values.product,
        status: asset.status ?? '?',
        until: asset.validThrough ?? '—',
      }),
    );
  return 0;
};

const status: Handler = async ({ services, io, t }) => {
  const stored = await services.tokenStore.read(services.appId);
  if (!stored) {
    io.out(t('cli-zalo-status-no-tokens'));
    return 1;
  }
  io.out(
    t('cli-zalo-status-tokens', { expires: stored.accessExpiresAt.toISOString(), refreshed: stored.refreshedAt?.toISOString() ?? '—' }),
  );
  const oa = await services.client.getOa();
  io.out(
    t('cli-zalo-status-oa', { oa: oa.name ?? '?', id: oa.oaId, package: oa.packageName ?? '?', until: oa.packageValidThrough ?? '?' }),
  );
  return 0;
};

/**
 * `zalo withdraw-report <user id> [--json]`: what the bot holds about a Zalo user who asked, through the OA, for
 * their data to be deleted (the user_withdraw event names them). It only lists; deleting is the operator's act.
 */
const withdrawReport: Handler = async ({ app, io, t }, argv) => {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } }, allowPositionals: true });
  const userId = positionals[0]?.trim();
  if (!userId || !/^[\w.-]{1,64}$/.test(userId)) {
    io.err(t('cli-zalo-withdraw-usage'));
    return 2;
  }
  const held = await personalHoldings(app.database.db, 'zalo-oa', userId);
  if (values.json) {
    io.out(JSON.stringify(held));
    return 0;
  }
  io.out(t('cli-zalo-withdraw-header', { user: userId, name: held.member?.displayName ?? '-' }));
  if (!held.member) io.out(t('cli-zalo-withdraw-no-member'));
  for (const identity of held.identities)
    io.out(
      t('cli-zalo-withdraw-identity', {
        platform: identity.platform,
        id: identity.externalId,
        name: identity.displayName,
        seen: identity.lastSeen ?? '-',
      }),
    );
  if (held.roles.length > 0)
    io.out(t('cli-zalo-withdraw-roles', { roles: held.roles.map((r) => `${r.role}${r.unit ? ` (${r.unit})` : ''}`).join(', ') }));
  io.out(
    t('cli-zalo-withdraw-counts', {
      reports: held.reports.count,
      files: held.reports.evidenceFiles,
      first: held.reports.first ?? '-',
      last: held.reports.last ?? '-',
      logged: held.feedbackLogged,
      handled: held.feedbackHandled,
      actions: held.feedbackActions,
      conversations: held.conversations,
      audit: held.auditRows,
      events: held.inboundEvents.count,
    }),
  );
  io.out(t('cli-zalo-withdraw-advice'));
  return 0;
};

/** `zalo unreadable [--limit N]`: the latest events Zalo signed that the bot could not read (counted on /healthz). */
const unreadable: Handler = async ({ app, io, t }, argv) => {
  const { values } = parseArgs({ args: argv, options: { limit: { type: 'string', default: '20' } } });
  const events = createInboundEventsRepository({ db: app.database.db });
  const list = await events.unreadable(Math.max(1, Math.min(200, Number(values.limit) || 20)));
  if (list.length === 0) io.out(t('cli-zalo-unreadable-none'));
  for (const event of list)
    io.out(
      t('cli-zalo-unreadable-line', {
        at: event.receivedAt.toISOString(),
        platform: event.platform,
        event: event.eventName,
        reason: event.reason,
        body: event.raw.slice(0, 300),
      }),
    );
  return 0;
};

const handlers: Record<string, Handler> = { auth, groups, group, assets, status, 'withdraw-report': withdrawReport, unreadable };

/**
 * `npm run cli -- zalo <auth|groups|group create|group bind|assets|status>`: what an administrator does once
 * for the OA. Returns the exit code; Zalo's refusals are explained in the operator's language, not thrown.
 */
export async function runZaloCli(app: App, argv: string[], io: CliIo, locale: Locale, overrides: OaOverrides = {}): Promise<number> {
  const t = app.i18n.translator(locale);
  const [name, ...rest] = argv;
  const handler = name ? handlers[name] : undefined;
  if (!handler) {
    io.err(t('cli-usage-zalo'));
    return name ? 2 : 0;
  }
  if (!app.config.zaloOa) {
    io.err(t('cli-zalo-not-configured'));
    return 1;
  }
  try {
    return await handler({ app, services: createOaServices(app, overrides), io, t }, rest);
  } catch (error) {
    if (error instanceof ZaloApiError) {
      const reason = t(`zalo-error-${error.kind.replace(/_/g, '-')}`);
      // Zalo refused only when it answered; a network failure or a timeout never reached it.
      const unreached = error.kind === 'network' || error.kind === 'timeout';
      io.err(
        unreached
          ? t('cli-zalo-unreached', { reason })
          : t('cli-zalo-failed', { reason, code: error.code === null ? '—' : String(error.code) }),
      );
      return 1;
    }
    if (isDomainError(error)) {
      io.err(t(error.i18nKey, error.params));
      return 1;
    }
    throw error;
  }
}
