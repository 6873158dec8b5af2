import type { RoleGrant } from '../members/member.js';
import { isAllowed, type Permission, permissions } from '../members/policy.js';

/**
 * The dashboard's pages and who may open each, in one table: a route asks its page's permission here and
 * never decides for itself. Paths are part of the interface (bookmarks, links the bot sends).
 */
export const PAGES = {
  home: { path: '/', permission: permissions.dashboard },
  deadlines: { path: '/han-chot', permission: permissions.dashboard },
  feedback: { path: '/phan-anh', permission: permissions.dashboard },
  exports: { path: '/bao-cao', permission: permissions.unitReports },
  howWeCount: { path: '/cach-tinh', permission: permissions.dashboard },
  systemHealth: { path: '/quan-tri', permission: permissions.systemHealth },
} as const satisfies Record<string, { path: string; permission: Permission }>;

/**
 * Pages about one thing named in their path (`/don-vi/<mã>`, `/phan-anh/<mã>`): not in the navigation; the
 * unit page is opened with the unit's scope like any page narrowed to a unit, a case with its unit's.
 */
export const ITEM_PAGES = {
  unit: { path: '/don-vi/:code', permission: permissions.dashboard },
  case: { path: '/phan-anh/:code', permission: permissions.dashboard },
  plan: { path: '/ke-hoach/:code', permission: permissions.dashboard },
  occurrence: { path: '/ky-bao-cao/:id', permission: permissions.dashboard },
} as const satisfies Record<string, { path: string; permission: Permission }>;

export type PageId = keyof typeof PAGES;
export const PAGE_IDS = Object.keys(PAGES) as PageId[];

/** The pages a person may open without naming a unit: what the navigation offers them. */
export const pagesFor = (viewer: { grants: RoleGrant[] }): PageId[] =>
  PAGE_IDS.filter((id) => isAllowed(viewer, PAGES[id].permission, null));
