import { compactKey } from '../text/vietnamese.js';

export const ROLES = ['admin', 'department_leader', 'unit_leader', 'focal_point', 'deputy', 'feedback_handler', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that hold across the whole Department rather than in one unit. */
export const GLOBAL_ROLES: readonly Role[] = ['admin', 'department_leader'];
export const isGlobalRole = (role: Role) => GLOBAL_ROLES.includes(role);

// What people type for each role, folded (no diacritics, no spaces). The first matching phrase wins, so the
// longer phrases ("lãnh đạo sở") come before their prefixes ("lãnh đạo").
const ROLE_PHRASES: ReadonlyArray<readonly [Role, readonly string[]]> = [
  ['department_leader', ['lanhdaoso', 'ldso', 'giamdocso', 'phogiamdocso', 'departmentleader']],
  ['deputy', ['phodaumoi', 'daumoidubi', 'daumoiphu', 'capphodaumoi', 'cappho', 'deputy', 'dubi']],
  ['focal_point', ['daumoi', 'canbodaumoi', 'cbdm', 'focalpoint', 'focal']],
  ['unit_leader', ['lanhdaodonvi', 'lddonvi', 'lanhdao', 'thutruong', 'truongdonvi', 'unitleader', 'leader']],
  ['feedback_handler', ['canboxulyphananh', 'xulyphananh', 'xulypa', 'xlpa', 'canboxuly', 'xuly', 'feedbackhandler', 'handler']],
  ['admin', ['quantrivien', 'quantri', 'qtv', 'admin', 'administrator']],
  ['staff', ['nhanvien', 'canbo', 'vienchuc', 'thanhvien', 'staff', 'member']],
];

/**
 * Reads a role from the first words of `words`, as typed in any form ("đầu mối", "dau moi", "daumoi",
 * "phó đầu mối"). Returns the role and how many words it used.
 */
export function parseRole(words: readonly string[]): { role: Role; used: number } | null {
  for (let used = Math.min(words.length, 4); used >= 1; used -= 1) {
    const key = compactKey(words.slice(0, used).join(' '));
    for (const [role, phrases] of ROLE_PHRASES) {
      if (phrases.includes(key) || key === role.replace('_', '')) return { role, used };
    }
  }
  return null;
}
