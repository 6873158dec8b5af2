import type { WorkingCalendar } from './calendar/working-calendar.js';
import type { DocumentLookup } from './documents/lookup/document-lookup.js';
import type { Actor } from './members/member.js';
import type { ConsolidatedReport } from './reports/consolidated-report.js';
import type { RefusedReports } from './reports/refused-reports.js';
import type { SignInVia } from './sign-in/sign-in.js';
import type { Store } from './store.js';
import type { Translate } from './text/translate.js';

/** A file the bot made (a chart, a spreadsheet, a report) and sends as an upload. */
export interface GeneratedFile {
  kind: 'photo' | 'document';
  name: string;
  mimeType: string;
  data: Buffer;
}

export interface LeaderChartRequest {
  store: Store;
  at: Date;
  /** the timezone whose days the chart counts in */
  timezone: string;
  /** the reader's language, for the titles and the legend */
  t: Translate;
  /** the working calendar, so that the bars count lateness as the digest's text does */
  calendar?: WorkingCalendar;
  /** only these units (a unit leader's branch); default: every unit */
  unitIds?: readonly number[] | null;
}

/**
 * Long-lived services the app builds once and every command may use: what cannot be a plain function of
 * the store because it keeps state between messages (the lookup's in-memory index), or what needs a
 * library the domain should not import (the chart and document renderers).
 */
export interface Services {
  documentLookup: DocumentLookup;
  /** draws the leaders' chart (PNG); null when it cannot be drawn (the reader is then sent the text alone) */
  leaderChart?: (request: LeaderChartRequest) => Promise<GeneratedFile | null>;
  /** the consolidated report as files to send upward: the spreadsheet and the Word draft, in the reader's language */
  reportFiles?: (report: ConsolidatedReport, reader: { t: Translate; locale: string }) => Promise<GeneratedFile[]>;
  /** the dashboard's one-time sign-in links; absent on a server that serves no pages (WEB=off) */
  dashboard?: DashboardSignIn;
  /** each person's last /baocao that was refused, so that "/baocao rut" right after it withdraws nothing */
  refusedReports?: RefusedReports;
}

export interface SignInLink {
  url: string;
  /** where a Telegram login button points (https addresses only), or null */
  loginButtonUrl: string | null;
  expiresAt: Date;
}

/** Makes a one-time sign-in link for a person (/dangnhap, `cli login`); refuses someone without a role (DomainError). */
export interface DashboardSignIn {
  link(
    store: Store,
    input: { actor: Pick<Actor, 'memberId' | 'grants'>; chatRef: string | null; via: SignInVia; now: Date },
  ): Promise<SignInLink>;
  /** the dashboard's address, for a person who is already signed in */
  home(): string;
}
