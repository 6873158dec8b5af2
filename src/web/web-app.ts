import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { Clock } from '../core/clock.js';
import { ITEM_PAGES, PAGES, type PageId, pagesFor } from '../core/dashboard/pages.js';
import { overview } from '../core/dashboard/overview.js';
import { systemHealth } from '../core/dashboard/system-health.js';
import type { CalendarSource } from '../core/calendar/calendar-source.js';
import { localDateOf } from '../core/dates/local-date.js';
import { ownView, type PageScope, resolvePageScope } from '../core/dashboard/view-scope.js';
import { parseStatsPeriod } from '../core/feedback/period.js';
import { deadlineCalendar } from '../core/plans/deadline-calendar.js';
import { createFeed, FEED_DAYS, feedEvents, revokeFeed } from '../core/calendar-feed/calendar-feed.js';
import { requestExplanation } from '../core/plans/explanation-request.js';
import { nudgeableUnitIds, nudgeUnit } from '../core/plans/nudge-unit.js';
import { formatDateVi } from '../core/dates/local-date.js';
import { calendarFeedText } from './calendar-feed.js';
import { unitPage } from '../core/units/unit-page.js';
import { UNIT_KINDS, type UnitKind } from '../core/units/unit.js';
import { occurrencePage } from '../core/plans/occurrence-page.js';
import { gridPeriodKey, parseGridPeriod, planGrid } from '../core/reports/plan-grid.js';
import { DomainError } from '../core/errors.js';
import { casePage, feedbackBook, revealCase } from '../core/feedback/queries.js';
import type { SlaPolicy } from '../core/feedback/sla.js';
import type { Permission } from '../core/members/policy.js';
import {
  completeSignIn,
  previewSignIn,
  signInWithPlatformProof,
  signOut,
  type StartedSession,
  viewerOf,
} from '../core/sign-in/sessions.js';
import type { SecretTokens, Viewer } from '../core/sign-in/sign-in.js';
import type { Store } from '../core/store.js';
import type { Translate } from '../core/text/translate.js';
import type { Unit } from '../core/units/unit.js';
import { type I18n, isLocale, type Locale } from '../i18n/i18n.js';
import type { Logger } from '../logger.js';
import { STYLESHEET } from './assets/stylesheet.js';
import { dateTimeOf } from './format.js';
import type { Html } from './html.js';
import type { Frame } from './layout.js';
import { type ErrorKind, errorPage } from './pages/errors.js';
import { deadlinesPage, type FeedSection } from './pages/deadlines.js';
import { casePageView, feedbackBookPage } from './pages/feedback.js';
import { overviewPage } from './pages/overview.js';
import { unitPageView } from './pages/unit.js';
import { type ExplainResult, type NudgeResult, occurrencePageView, planGridPage } from './pages/plan-grid.js';
import { howWeCountPage } from './pages/how-we-count.js';
import { describeRoles } from './pages/roles.js';
import { confirmSignInPage, signInHelpPage, signInRefusedPage } from './pages/sign-in.js';
import { systemHealthPage } from './pages/system-health.js';
import { exportsPage } from './pages/exports.js';
import { exportPreview } from '../core/reports/export-preview.js';
import { feedbackStatistics } from '../core/feedback/queries.js';
import { statsPeriodLabel } from '../core/feedback/period.js';
import { createRenderPool, type RenderPool } from '../exports/render-pool.js';
import type { RenderJob } from '../exports/render-jobs.js';
import type { ReportDocxOptions } from '../exports/report-docx.js';
import { localesDir } from '../paths.js';
import { clearSessionCookie, formTokenMatches, formTokenOf, readSessionToken, writeSessionCookie } from './session-cookie.js';
import { SIGN_IN_PATH, TELEGRAM_SIGN_IN_PATH } from './sign-in-links.js';
import { TELEGRAM_LOGIN_MAX_AGE_SECONDS, verifyTelegramLogin } from './telegram-login.js';
import type { WebAddress } from './web-address.js';

/** A message to a person in chat (that a session started): in the chat they asked from, else their first private chat. */
export interface SessionNotice {
  memberId: number;
  chatRef: string | null;
  text: string;
  key: string;
}

export interface WebAppDeps {
  store: Store;
  i18n: I18n;
  clock: Clock;
  logger: Logger;
  address: WebAddress;
  tokens: SecretTokens;
  timezone: string;
  /** the working calendar as the database has it now (holidays, announced days off, make-up days) */
  calendar: CalendarSource;
  feedbackSla: SlaPolicy;
  /** the bot's token, to check a Telegram login button's signature; null without Telegram */
  telegramToken: string | null;
  /** the report settings of the configuration (superior agency, signer) for the Word draft */
  reportDocx?: ReportDocxOptions;
  /** draws the downloads (.xlsx, .docx) off the bot's process; default: a lower-priority child process started on first use */
  renderPool?: RenderPool;
  /** tells the person in chat; absent, nobody is told (tests that look at pages only) */
  tell?: (notice: SessionNotice) => Promise<void>;
}

type Env = { Variables: { viewer: Viewer | null; sessionToken: string | null; locale: Locale } };

const LANGUAGE_COOKIE = 'tdm-ngon-ngu';
const FORM_LIMIT_BYTES = 16 * 1024;
// A unit code is short; anything longer is not one (and is not echoed back at length).
const MAX_UNIT_CODE = 40;
const PAGE_LABEL: Record<PageId, string> = {
  home: 'web-nav-home',
  deadlines: 'web-nav-deadlines',
  feedback: 'web-nav-feedback',
  exports: 'web-nav-exports',
  howWeCount: 'web-nav-how-we-count',
  systemHealth: 'web-nav-system-health',
};

/**
 * The dashboard: server-rendered pages on Hono, in the bot's own process, beside the webhooks. Every page
 * asks the domain who may see it (src/core/dashboard/pages.ts) with the unit it is narrowed to, reads a
 * domain query, and hands typed data to a presenter (src/web/pages/). Sign-in is by a one-time link the bot
 * gives in a private chat; only the confirmation's POST uses it.
 */
export function createWebApp(deps: WebAppDeps): Hono<Env> {
  const { store, i18n, clock, logger, address, tokens } = deps;
  const app = new Hono<Env>();
  const secure = () => address.secure();

  const translatorOf = (c: Context<Env>): Translate => i18n.translator(c.get('locale') ?? i18n.defaultLocale);

  async function frameOf(c: Context<Env>, section: string | null): Promise<Frame> {
    const viewer = c.get('viewer') ?? null;
    const t = translatorOf(c);
    const units = await store.units.list();
    const root = units.find((unit) => unit.parentId === null) ?? null;
    const unitById = new Map(units.map((unit) => [unit.id, unit]));
    const url = new URL(c.req.url);
    return {
      t,
      locale: c.get('locale') ?? i18n.defaultLocale,
      here: `${url.pathname}${url.search}`,
      section,
      viewer: viewer ? { name: viewer.displayName, roles: describeRoles(t, viewer.grants, unitById) } : null,
      nav: viewer ? pagesFor(viewer).map((id) => ({ path: PAGES[id].path, label: t(PAGE_LABEL[id]) })) : [],
      csrf: c.get('sessionToken') ? formTokenOf(c.get('sessionToken')!) : null,
      department: root?.name ?? null,
      timezone: deps.timezone,
      now: clock.now(),
    };
  }

  const respond = (c: Context<Env>, page: Html, status: 200 | 400 | 403 | 404 | 410 | 500 = 200) => c.html(page, status);

  async function refuse(c: Context<Env>, kind: ErrorKind, status: 400 | 403 | 404 | 500, args: { who?: string; code?: string } = {}) {
    return respond(c, errorPage(await frameOf(c, null), kind, args), status);
  }

  // Headers for every answer: no framing (a sign-in button inside another site's frame), no referrer (a sign-in
  // link must not travel on to another site), scripts from nowhere, and nothing kept by caches (pages differ by
  // person and can hold what only they may read).
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      strictTransportSecurity: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  // Every form posts only from this site: the Origin (or Sec-Fetch-Site) must be this server's own address or the
  // public one of WEB_BASE_URL (behind a reverse proxy the two differ).
  app.use(
    '*',
    csrf({
      origin: (origin, c) => origin === new URL(c.req.url).origin || origin === new URL(address.base()).origin,
    }),
  );
  // A form here is a token or two: a larger body is not one of ours, and is not read whole into memory.
  app.use('*', bodyLimit({ maxSize: FORM_LIMIT_BYTES, onError: (c) => c.text('413', 413) }));
  // Who is asking, read from the session on every request (roles included), and in which language.
  app.use('*', async (c, next) => {
    const token = readSessionToken(c, secure()) ?? null;
    const viewer = await viewerOf(store, tokens, token ?? undefined, clock.now());
    c.set('viewer', viewer);
    c.set('sessionToken', viewer ? token : null);
    const chosen = getCookie(c, LANGUAGE_COOKIE);
    c.set('locale', isLocale(chosen) ? chosen : i18n.resolve(viewer?.locale ?? null));
    await next();
  });

  app.onError(async (error, c) => {
    if (error instanceof HTTPException && error.status === 403) return refuse(c, 'csrf', 403);
    // a feed's path is its credential: never written to a log
    const path = c.req.path.startsWith('/lich/') ? '/lich/…' : c.req.path;
    logger.error({ err: error, path }, 'dashboard request failed');
    try {
      return await refuse(c, 'internal', 500);
    } catch {
      return c.text('500', 500);
    }
  });
  app.notFound((c) => refuse(c, 'not-found', 404));

  app.get('/tai-nguyen/giao-dien.css', (c) => {
    c.header('cache-control', 'public, max-age=3600');
    return c.body(STYLESHEET, 200, { 'content-type': 'text/css; charset=utf-8' });
  });

  // The language switch: a preference kept in a cookie, then back to the page it was chosen on.
  app.get('/ngon-ngu/:lang', (c) => {
    const lang = c.req.param('lang');
    const back = c.req.query('quay-lai') ?? '/';
    // only a path of this site ("/quan-tri?don-vi=CDC"), never another address ("//x", "https://x")
    const target = /^\/(?!\/)[^\s\\]*$/.test(back) ? back : '/';
    if (isLocale(lang)) setCookie(c, LANGUAGE_COOKIE, lang, { path: '/', sameSite: 'Lax', secure: secure(), maxAge: 365 * 24 * 3600 });
    return c.redirect(target, 303);
  });

  /** A page behind sign-in: the domain decides who may open it, with the unit it is narrowed to (`?don-vi=`). */
  function page(id: PageId, render: (c: Context<Env>, viewer: Viewer, scope: PageScope, frame: Frame) => Promise<Html>) {
    app.get(PAGES[id].path, async (c) => {
      const viewer = c.get('viewer');
      if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
      const code = c.req.query('don-vi')?.trim() || null;
      if (code && code.length > MAX_UNIT_CODE) return refuse(c, 'unknown-unit', 404, { code: code.slice(0, MAX_UNIT_CODE) });
      const permission: Permission = PAGES[id].permission;
      const outcome = await resolvePageScope(store, viewer, permission, code);
      if (!outcome.ok) {
        if (outcome.reason === 'unknown-unit') return refuse(c, 'unknown-unit', 404, { code: code ?? '' });
        if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
        return refuse(c, 'forbidden', 403, { who: translatorOf(c)(`web-who-${permission.name}`) });
      }
      return respond(c, await render(c, viewer, outcome.scope, await frameOf(c, PAGES[id].path)));
    });
  }

  /** The ids of a page's units, or null for every unit (a Department-wide view). */
  const scopeUnitIds = (scope: PageScope): number[] | null =>
    scope.wholeDepartment && scope.unit === null ? null : scope.units.map((unit) => unit.id);

  const pickableFor = async (viewer: Viewer): Promise<Unit[]> => ownView(viewer.grants, await store.units.list()).units;

  /** Today in the Department's timezone, and the working calendar as it stands. */
  const today = () => localDateOf(clock.now(), deps.timezone);

  page('home', async (_c, viewer, scope, frame) => {
    const units = await store.units.list();
    const calendar = await deps.calendar.current();
    return overviewPage(frame, {
      name: viewer.displayName,
      roles: describeRoles(frame.t, viewer.grants, new Map(units.map((unit) => [unit.id, unit]))),
      scope,
      pickable: await pickableFor(viewer),
      overview: await overview(store, { scope, today: today(), timezone: deps.timezone, calendar }),
    });
  });

  async function deadlinesView(viewer: Viewer, scope: PageScope, frame: Frame, shown: Partial<FeedSection> = {}) {
    const working = await deps.calendar.current();
    const calendar = await deadlineCalendar(store, { unitIds: scopeUnitIds(scope), today: today(), calendar: working });
    const feed: FeedSection = {
      days: FEED_DAYS,
      activeSince: await store.calendarFeeds.createdAtOf(viewer.memberId),
      address: null,
      notice: null,
      ...shown,
    };
    return deadlinesPage(frame, { scope, pickable: await pickableFor(viewer), calendar, working, today: today(), feed });
  }

  page('deadlines', async (_c, viewer, scope, frame) => deadlinesView(viewer, scope, frame));

  // The private calendar feed: made (or replaced) and turned off by a form on /han-chot; the address is shown once.
  const feedForm = (path: string, act: (viewer: Viewer) => Promise<Partial<FeedSection> | null>) =>
    app.post(path, async (c) => {
      const viewer = c.get('viewer');
      const token = c.get('sessionToken');
      if (!viewer || !token) return c.redirect(SIGN_IN_PATH, 303);
      const form = await c.req.parseBody();
      if (!formTokenMatches(token, form.csrf)) return refuse(c, 'csrf', 403);
      const outcome = await resolvePageScope(store, viewer, PAGES.deadlines.permission, null);
      if (!outcome.ok) return viewer.grants.length === 0 ? refuse(c, 'no-role', 403) : refuse(c, 'forbidden', 403);
      const shown = await act(viewer);
      if (!shown) return refuse(c, 'forbidden', 403, { who: translatorOf(c)('web-who-dashboard') });
      return respond(c, await deadlinesView(viewer, outcome.scope, await frameOf(c, PAGES.deadlines.path), shown));
    });

  feedForm(`${PAGES.deadlines.path}/lich`, async (viewer) => {
    const made = await createFeed(store, tokens, { owner: viewer, now: clock.now() });
    return made.ok ? { address: `${address.base()}/lich/${made.token}.ics` } : null;
  });

  feedForm(`${PAGES.deadlines.path}/lich/tat`, async (viewer) => ({
    notice: (await revokeFeed(store, { owner: viewer })) ? 'revoked' : 'nothing-to-revoke',
  }));

  // The feed itself: no session, the token in the path is the credential; anything wrong is a bare 404.
  app.get('/lich/:file', async (c) => {
    const file = c.req.param('file');
    const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
    const feed = token ? await feedEvents(store, tokens, { token, today: today(), calendar: await deps.calendar.current() }) : null;
    if (!feed) return c.text('404', 404);
    const units = await store.units.list();
    const department = units.find((unit) => unit.parentId === null)?.name ?? '';
    // in the owner's language (their /ngonngu), as a message to them in chat would be
    const text = calendarFeedText(i18n.translator(i18n.resolve(feed.locale)), {
      events: feed.events,
      department,
      host: new URL(address.base()).hostname,
      now: clock.now(),
    });
    return c.body(text, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="han-chot.ics"',
      'Cache-Control': 'private, no-store',
    });
  });

  page('feedback', async (c, viewer, scope, frame) => {
    const periodText = (c.req.query('ky') ?? '').trim().slice(0, 40);
    let period;
    try {
      period = parseStatsPeriod(periodText ? periodText.split(/\s+/) : [], today());
    } catch {
      period = parseStatsPeriod([], today());
    }
    const book = await feedbackBook(store, {
      unitIds: scopeUnitIds(scope),
      period,
      today: today(),
      timezone: deps.timezone,
      calendar: await deps.calendar.current(),
      placeholder: frame.t('feedback-redacted'),
    });
    return feedbackBookPage(frame, { scope, pickable: await pickableFor(viewer), book, periodText });
  });

  // A unit's page: opened with the unit's scope, as any page narrowed to it (`?don-vi=`) is.
  app.get(ITEM_PAGES.unit.path, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
    const code = c.req.param('code').trim().slice(0, MAX_UNIT_CODE);
    const outcome = await resolvePageScope(store, viewer, ITEM_PAGES.unit.permission, code);
    if (!outcome.ok) {
      if (outcome.reason === 'unknown-unit') return refuse(c, 'unknown-unit', 404, { code });
      if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
      return refuse(c, 'forbidden', 403, { who: translatorOf(c)('web-who-dashboard') });
    }
    const frame = await frameOf(c, null);
    const calendar = await deps.calendar.current();
    const data = await unitPage(store, {
      unit: outcome.scope.unit!,
      today: today(),
      timezone: deps.timezone,
      calendar,
      placeholder: frame.t('feedback-redacted'),
    });
    return respond(c, unitPageView(frame, { page: data, today: today(), calendar }));
  });

  // A plan's grid: narrowed like any page (`?don-vi=`), with its own filters (period, unit kind, overdue only).
  app.get(ITEM_PAGES.plan.path, async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
    const unitCode = c.req.query('don-vi')?.trim().slice(0, MAX_UNIT_CODE) || null;
    const outcome = await resolvePageScope(store, viewer, ITEM_PAGES.plan.permission, unitCode);
    if (!outcome.ok) {
      if (outcome.reason === 'unknown-unit') return refuse(c, 'unknown-unit', 404, { code: unitCode ?? '' });
      if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
      return refuse(c, 'forbidden', 403, { who: translatorOf(c)('web-who-dashboard') });
    }
    const periodText = (c.req.query('ky') ?? '').trim().slice(0, 12);
    const kind = c.req.query('loai') ?? '';
    const unitKind = (UNIT_KINDS as readonly string[]).includes(kind) ? (kind as UnitKind) : null;
    const overdueOnly = c.req.query('qua-han') === '1';
    const calendar = await deps.calendar.current();
    let grid;
    try {
      grid = await planGrid(store, {
        planCode: c.req.param('code').slice(0, 60),
        period: periodText ? parseGridPeriod(periodText, today()) : null,
        today: today(),
        timezone: deps.timezone,
        calendar,
        unitIds: scopeUnitIds(outcome.scope),
        unitKind,
        overdueOnly,
        page: Number(c.req.query('trang') ?? '1') || 1,
      });
    } catch (error) {
      if (error instanceof DomainError) return refuse(c, 'not-found', 404);
      throw error;
    }
    const frame = await frameOf(c, null);
    return respond(
      c,
      planGridPage(frame, {
        grid,
        scope: outcome.scope,
        pickable: await pickableFor(viewer),
        filters: { period: periodText || gridPeriodKey(grid.period), overdueOnly, unitKind },
        today: today(),
        calendar,
        here: new URL(c.req.url),
        nudgeUnits: nudgeableUnitIds(viewer, await store.units.list()),
      }),
    );
  });

  /**
   * An occurrence (a cell of the grid); with an action, first its POST (CSRF, decided in the domain): "Nhắc đơn
   * vị" (`nudge`) or "Yêu cầu giải trình" (`explain`).
   */
  async function showOccurrence(c: Context<Env>, action: 'nudge' | 'explain' | null) {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
    const id = Number(c.req.param('id'));
    if (!Number.isSafeInteger(id) || id <= 0) return refuse(c, 'not-found', 404);
    const calendar = await deps.calendar.current();
    let nudged: NudgeResult | null = null;
    let explained: ExplainResult | null = null;
    if (action) {
      const form = await c.req.parseBody();
      const token = c.get('sessionToken');
      if (!token || !formTokenMatches(token, form.csrf)) return refuse(c, 'csrf', 403);
      const outcome =
        action === 'nudge'
          ? await nudgeUnit(store, {
              occurrenceId: id,
              viewer,
              today: today(),
              calendar,
              compose: (chat, facts) =>
                i18n.translator(i18n.resolve(chat.locale))('web-nudge-message', {
                  leader: facts.leaderName,
                  task: facts.taskId,
                  title: facts.title,
                  unit: facts.unitName,
                  days: facts.daysLate,
                  due: formatDateVi(facts.effective),
                }),
            })
          : await requestExplanation(store, {
              occurrenceId: id,
              viewer,
              now: clock.now(),
              today: today(),
              calendar,
              compose: (chat, facts) => {
                const locale = i18n.resolve(chat.locale);
                const t = i18n.translator(locale);
                return t('web-explain-message', {
                  leader: facts.leaderName,
                  addressees:
                    facts.addressees.length > 0
                      ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(facts.addressees)
                      : t('web-explain-addressees-none'),
                  task: facts.taskId,
                  title: facts.title,
                  plan: facts.planLabel,
                  unit: facts.unitName,
                  days: facts.daysLate,
                  due: formatDateVi(facts.effective),
                });
              },
            });
      if (!outcome.ok) {
        if (outcome.reason === 'unknown') return refuse(c, 'not-found', 404);
        if (outcome.reason === 'denied') {
          if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
          return refuse(c, 'forbidden', 403, { who: translatorOf(c)('web-who-nudge') });
        }
        if (outcome.reason === 'already-open') explained = { kind: 'already-open' };
        else if (outcome.reason === 'already-sent') nudged = { kind: 'already-sent' };
        else if (action === 'nudge') nudged = { kind: outcome.reason };
        else explained = { kind: outcome.reason };
      } else if (action === 'nudge') nudged = { kind: 'sent', chat: outcome.chat.title ?? outcome.chat.ref };
      else explained = { kind: 'sent', chat: outcome.chat.title ?? outcome.chat.ref };
    }
    const outcome = await occurrencePage(store, { occurrenceId: id, viewer, timezone: deps.timezone });
    if (!outcome.ok) {
      if (outcome.reason === 'unknown') return refuse(c, 'not-found', 404);
      if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
      return refuse(c, 'forbidden', 403, { who: translatorOf(c)('web-who-dashboard') });
    }
    return respond(c, occurrencePageView(await frameOf(c, null), { page: outcome.value, today: today(), calendar, nudged, explained }));
  }
  app.get(ITEM_PAGES.occurrence.path, (c) => showOccurrence(c, null));
  app.post(`${ITEM_PAGES.occurrence.path}/nhac`, (c) => showOccurrence(c, 'nudge'));
  app.post(`${ITEM_PAGES.occurrence.path}/giai-trinh`, (c) => showOccurrence(c, 'explain'));

  /** A case: what a group sees of it, and for those allowed the rest after an audited click. */
  async function showCase(c: Context<Env>, reveal: boolean) {
    const viewer = c.get('viewer');
    if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
    const code = c.req.param('code') ?? '';
    const t = translatorOf(c);
    const placeholder = t('feedback-redacted');
    const outcome = await casePage(store, { code, viewer, placeholder });
    if (!outcome.ok) {
      if (outcome.reason === 'unknown-case') return refuse(c, 'not-found', 404);
      if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
      return refuse(c, 'forbidden', 403, { who: t('web-who-dashboard') });
    }
    let revealed = null;
    if (reveal) {
      const form = await c.req.parseBody();
      const token = c.get('sessionToken');
      if (!token || !formTokenMatches(token, form.csrf)) return refuse(c, 'csrf', 403);
      const full = await revealCase(store, { code, viewer, surface: 'web' });
      if (!full.ok) return refuse(c, 'forbidden', 403, { who: t('web-who-feedback-reader') });
      revealed = full.value;
    }
    const unit = await store.units.findById(outcome.value.ticket.unitId);
    return respond(c, casePageView(await frameOf(c, PAGES.feedback.path), { page: outcome.value, unitName: unit?.name ?? '', revealed }));
  }
  app.get(ITEM_PAGES.case.path, (c) => showCase(c, false));
  app.post(`${ITEM_PAGES.case.path}/xem-day-du`, (c) => showCase(c, true));

  /** The filters of the exports page and its downloads, as typed (short: they are words, not documents). */
  const exportFilters = (c: Context<Env>) => ({
    plan: (c.req.query('ke-hoach') ?? '').trim().slice(0, 60),
    period: (c.req.query('ky') ?? '').trim().slice(0, 40),
  });

  page('exports', async (c, viewer, scope, frame) => {
    const filters = exportFilters(c);
    const preview = await exportPreview(store, {
      unitIds: scopeUnitIds(scope),
      ...filters,
      today: today(),
      timezone: deps.timezone,
      calendar: await deps.calendar.current(),
    });
    return exportsPage(frame, { scope, pickable: await pickableFor(viewer), preview, ...filters });
  });

  // The downloads of the exports page: the same scope rule as the page, the files drawn by the renderer process.
  let pool: RenderPool | null = deps.renderPool ?? null;
  const download = (path: string, job: (c: Context<Env>, scope: PageScope, locale: Locale) => Promise<RenderJob | null>) =>
    app.get(path, async (c) => {
      const viewer = c.get('viewer');
      if (!viewer) return c.redirect(SIGN_IN_PATH, 303);
      const code = c.req.query('don-vi')?.trim().slice(0, MAX_UNIT_CODE) || null;
      const outcome = await resolvePageScope(store, viewer, PAGES.exports.permission, code);
      if (!outcome.ok) {
        if (outcome.reason === 'unknown-unit') return refuse(c, 'unknown-unit', 404, { code: code ?? '' });
        if (viewer.grants.length === 0) return refuse(c, 'no-role', 403);
        return refuse(c, 'forbidden', 403, { who: translatorOf(c)(`web-who-${PAGES.exports.permission.name}`) });
      }
      const wanted = await job(c, outcome.scope, c.get('locale') ?? i18n.defaultLocale);
      if (!wanted) return c.redirect(`${PAGES.exports.path}?${new URL(c.req.url).searchParams.toString()}`, 303);
      pool ??= createRenderPool({ localesDir, defaultLocale: i18n.defaultLocale, logger: deps.logger });
      const [file] = await pool.render(wanted);
      return c.body(new Uint8Array(file!.data), 200, {
        'Content-Type': file!.mimeType,
        'Content-Disposition': `attachment; filename="${file!.name}"`,
        'Cache-Control': 'private, no-store',
      });
    });

  download('/bao-cao/tai-ve', async (c, scope, locale) => {
    const preview = await exportPreview(store, {
      unitIds: scopeUnitIds(scope),
      ...exportFilters(c),
      today: today(),
      timezone: deps.timezone,
      calendar: await deps.calendar.current(),
    });
    if (!preview.report) return null;
    const format = c.req.query('dinh-dang') === 'docx' ? 'docx' : 'xlsx';
    return { kind: 'consolidated', format, report: preview.report, locale, ...(deps.reportDocx ? { docx: deps.reportDocx } : {}) };
  });

  download('/bao-cao/phan-anh.xlsx', async (c, scope, locale) => {
    const periodText = exportFilters(c).period;
    let period;
    try {
      period = parseStatsPeriod(periodText ? periodText.split(/\s+/) : [], today());
    } catch {
      return null;
    }
    const { byUnit } = await feedbackStatistics(store, { unitIds: scopeUnitIds(scope), period, today: today(), timezone: deps.timezone });
    const names = new Map(scope.units.map((unit) => [unit.id, unit.name]));
    const rows = byUnit.map((row) => ({ ...row, unitName: names.get(row.unitId) ?? String(row.unitId) }));
    const t = i18n.translator(locale);
    return {
      kind: 'feedback-stats',
      title: t('feedback-xlsx-title', { period: statsPeriodLabel(t, period) }),
      fileName: `thong-ke-phan-anh-${period.from}.xlsx`,
      rows,
      locale,
    };
  });

  page('howWeCount', async (_c, _viewer, _scope, frame) => howWeCountPage(frame, { sla: deps.feedbackSla }));

  page('systemHealth', async (_c, viewer, scope, frame) =>
    systemHealthPage(frame, { health: await systemHealth(store, { scope, now: clock.now() }), scope, pickable: await pickableFor(viewer) }),
  );

  // --- Signing in and out -------------------------------------------------------------------------------

  /** Tells the person in chat that a session started, in their language; a failure to tell never fails the sign-in. */
  function announce(session: StartedSession) {
    if (!deps.tell) return;
    const t = i18n.translator(i18n.resolve(session.locale));
    const text = t('signin-started', { at: dateTimeOf(clock.now(), deps.timezone), address: address.base() });
    deps
      .tell({ memberId: session.memberId, chatRef: session.chatRef, text, key: `web-sign-in:${session.sessionId}` })
      .catch((error: unknown) => logger.warn({ err: error, member: session.memberId }, 'could not tell the person about their sign-in'));
  }

  async function rolesOf(c: Context<Env>, grants: Viewer['grants']) {
    const units = await store.units.list();
    return describeRoles(translatorOf(c), grants, new Map(units.map((unit) => [unit.id, unit])));
  }

  const started = (c: Context<Env>, session: StartedSession) => {
    writeSessionCookie(c, session.token, secure());
    announce(session);
    return c.redirect('/', 303);
  };

  // Opening the link shows who it signs in and a button; opening it (a link preview, a mail scanner) uses nothing.
  app.get(SIGN_IN_PATH, async (c) => {
    const token = c.req.query('t');
    if (!token) {
      if (c.get('viewer')) return c.redirect('/', 303);
      return respond(c, signInHelpPage(await frameOf(c, null), c.req.query('da-dang-xuat') !== undefined));
    }
    const preview = await previewSignIn(store, tokens, token, clock.now());
    if (!preview.ok) return respond(c, signInRefusedPage(await frameOf(c, null), preview.reason), preview.reason === 'unknown' ? 404 : 410);
    const frame = await frameOf(c, null);
    return respond(
      c,
      confirmSignInPage(frame, {
        name: preview.memberName,
        roles: await rolesOf(c, preview.grants),
        action: SIGN_IN_PATH,
        fields: { t: token },
      }),
    );
  });

  app.post(SIGN_IN_PATH, async (c) => {
    const form = await c.req.parseBody();
    const token = typeof form.t === 'string' ? form.t : '';
    const outcome = await completeSignIn(store, tokens, token, clock.now());
    if (!outcome.ok) return respond(c, signInRefusedPage(await frameOf(c, null), outcome.reason), outcome.reason === 'unknown' ? 404 : 410);
    return started(c, outcome);
  });

  // Telegram's login button: Telegram opens this address with the person's id, signed with the bot's token.
  const telegramFields = (source: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

  app.get(TELEGRAM_SIGN_IN_PATH, async (c) => {
    const fields = telegramFields(c.req.query());
    const login = deps.telegramToken ? verifyTelegramLogin(fields, deps.telegramToken, clock.now()) : null;
    if (!login) return respond(c, signInRefusedPage(await frameOf(c, null), 'unknown'), 400);
    const person = await store.signIn.memberOf('telegram', login.id);
    const grants = person ? await store.members.grantsOf(person.memberId) : [];
    if (!person || grants.length === 0) return respond(c, signInRefusedPage(await frameOf(c, null), 'no-role'), 403);
    return respond(
      c,
      confirmSignInPage(await frameOf(c, null), {
        name: person.memberName,
        roles: await rolesOf(c, grants),
        action: TELEGRAM_SIGN_IN_PATH,
        fields,
      }),
    );
  });

  app.post(TELEGRAM_SIGN_IN_PATH, async (c) => {
    const fields = telegramFields(await c.req.parseBody());
    const now = clock.now();
    const login = deps.telegramToken ? verifyTelegramLogin(fields, deps.telegramToken, now) : null;
    if (!login) return respond(c, signInRefusedPage(await frameOf(c, null), 'expired'), 410);
    const outcome = await signInWithPlatformProof(store, tokens, {
      platform: 'telegram',
      externalId: login.id,
      proof: login.hash,
      validUntil: new Date(login.authDate.getTime() + TELEGRAM_LOGIN_MAX_AGE_SECONDS * 1000),
      now,
    });
    if (!outcome.ok) return respond(c, signInRefusedPage(await frameOf(c, null), outcome.reason), outcome.reason === 'no-role' ? 403 : 410);
    return started(c, outcome);
  });

  app.post('/dang-xuat', async (c) => {
    const viewer = c.get('viewer');
    const token = c.get('sessionToken');
    if (viewer && token) {
      const form = await c.req.parseBody();
      if (!formTokenMatches(token, form.csrf)) return refuse(c, 'csrf', 403);
      await signOut(store, viewer, clock.now());
    }
    clearSessionCookie(c, secure());
    return c.redirect(`${SIGN_IN_PATH}?da-dang-xuat`, 303);
  });

  return app;
}
