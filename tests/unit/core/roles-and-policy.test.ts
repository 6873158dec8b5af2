import { describe, expect, it } from 'vitest';
import { hasRole, isAllowed, permissions } from '../../../src/core/members/policy.js';
import { parseRole } from '../../../src/core/members/roles.js';

describe('parseRole', () => {
  it.each([
    [['đầu', 'mối'], 'focal_point', 2],
    [['dau', 'moi'], 'focal_point', 2],
    [['daumoi'], 'focal_point', 1],
    [['Phó', 'đầu', 'mối'], 'deputy', 3],
    [['cấp', 'phó'], 'deputy', 2],
    [['lãnh', 'đạo', 'Sở'], 'department_leader', 3],
    [['lanh', 'dao'], 'unit_leader', 2],
    [['xử', 'lý', 'phản', 'ánh'], 'feedback_handler', 4],
    [['quản', 'trị'], 'admin', 2],
    [['nhan', 'vien', '@mai'], 'staff', 2],
  ] as const)('%j → %s', (words, role, used) => {
    expect(parseRole(words)).toEqual({ role, used });
  });

  it('returns null for words that name no role', () => {
    expect(parseRole(['@lan'])).toBeNull();
    expect(parseRole(['giám', 'khảo'])).toBeNull();
    expect(parseRole([])).toBeNull();
  });
});

describe('isAllowed', () => {
  const bvdk = 5;
  const syt = 1;
  const scope = [bvdk, syt]; // the hospital and the Department above it

  it('lets anyone run an open command, even with no role', () => {
    expect(isAllowed({ grants: [] }, permissions.anyone, null)).toBe(true);
  });

  it('admin commands need a Department-wide admin grant', () => {
    expect(isAllowed({ grants: [{ role: 'admin', unitId: null }] }, permissions.admin, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: bvdk }] }, permissions.admin, scope)).toBe(false);
    expect(isAllowed({ grants: [{ role: 'admin', unitId: bvdk }] }, permissions.admin, scope)).toBe(false);
  });

  it('unit commands need a role in the unit, in a unit above it, or Department-wide', () => {
    expect(isAllowed({ grants: [{ role: 'staff', unitId: bvdk }] }, permissions.unitMember, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'unit_leader', unitId: syt }] }, permissions.unitMember, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'department_leader', unitId: null }] }, permissions.unitMember, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 9 }] }, permissions.unitMember, scope)).toBe(false);
    expect(isAllowed({ grants: [] }, permissions.unitMember, scope)).toBe(false);
  });

  it('in a chat with no unit, a role in any unit lets the command narrow to that unit', () => {
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 9 }] }, permissions.unitMember, null)).toBe(true);
    expect(isAllowed({ grants: [] }, permissions.unitMember, null)).toBe(false);
  });

  it('hasRole looks at one role', () => {
    expect(hasRole({ grants: [{ role: 'deputy', unitId: bvdk }] }, 'deputy', scope)).toBe(true);
    expect(hasRole({ grants: [{ role: 'deputy', unitId: bvdk }] }, 'focal_point', scope)).toBe(false);
  });
});

describe('reporting permission', () => {
  it('needs the focal point or deputy role in the unit itself', () => {
    const scope = [5, 1];
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 5 }] }, permissions.reporter, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'deputy', unitId: 5 }] }, permissions.reporter, scope)).toBe(true);
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 1 }] }, permissions.reporter, scope)).toBe(false);
    expect(isAllowed({ grants: [{ role: 'admin', unitId: null }] }, permissions.reporter, scope)).toBe(false);
    expect(isAllowed({ grants: [{ role: 'unit_leader', unitId: 5 }] }, permissions.reporter, scope)).toBe(false);
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 9 }] }, permissions.reporter, null)).toBe(true);
  });
});
