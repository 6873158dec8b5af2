import { describe, expect, it } from 'vitest';
import { allCommands } from '../../../src/commands/index.js';
import { AUDIENCES, gate, isOffered } from '../../../src/core/members/access.js';
import { hasRole, isAllowed, type Permission, permissions } from '../../../src/core/members/policy.js';
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

describe('member permission (setting one’s own leave)', () => {
  it('needs a role somewhere, wherever the command is typed', () => {
    expect(isAllowed({ grants: [{ role: 'staff', unitId: 9 }] }, permissions.member, [5, 1])).toBe(true);
    expect(isAllowed({ grants: [{ role: 'admin', unitId: null }] }, permissions.member, [5, 1])).toBe(true);
    expect(isAllowed({ grants: [{ role: 'focal_point', unitId: 5 }] }, permissions.member, null)).toBe(true);
    expect(isAllowed({ grants: [] }, permissions.member, [5, 1])).toBe(false);
    expect(isAllowed({ grants: [] }, permissions.member, null)).toBe(false);
  });
});

describe('gate and what /help offers', () => {
  const command = (name: string, scope: 'group' | 'private' | 'any', permission: Permission) => ({ name, scope, permission });
  const stranger = { grants: [] };
  const staff = { grants: [{ role: 'staff' as const, unitId: 5 }] };
  const leader = { grants: [{ role: 'department_leader' as const, unitId: null }] };
  const unitGroup = { kind: 'group' as const, unitScope: [5, 1] };
  const otherGroup = { kind: 'group' as const, unitScope: [7, 1] };
  const unbound = { kind: 'group' as const, unitScope: null };
  const privateChat = { kind: 'private' as const, unitScope: null };

  it('refuses a group-only command in private, a private-only one in a group, and anyone the policy refuses', () => {
    expect(gate(leader, command('lich', 'group', permissions.scheduleEditor), privateChat)).toBe('group-only');
    expect(gate(leader, command('nhapkehoach', 'private', permissions.admin), unitGroup)).toBe('private-only');
    expect(gate(staff, command('dangky', 'group', permissions.admin), unitGroup)).toBe('denied');
    expect(gate(staff, command('nhiemvu', 'any', permissions.unitMember), unitGroup)).toBe('open');
  });

  it('offers a command with an open gate only where it has something for the person', () => {
    const hanchot = command('hanchot', 'any', permissions.anyone);
    expect(isOffered(stranger, hanchot, unitGroup)).toBe(true);
    expect(isOffered(stranger, hanchot, unbound)).toBe(false);
    expect(isOffered(stranger, hanchot, privateChat)).toBe(false);
    expect(isOffered(staff, hanchot, privateChat)).toBe(true);
    expect(isOffered(leader, hanchot, privateChat)).toBe(true);
    expect(isOffered(stranger, hanchot, { ...unbound, leadersChat: true })).toBe(true);

    const evidence = command('minhchung', 'any', permissions.anyone);
    expect(isOffered(stranger, evidence, unitGroup)).toBe(false);
    expect(isOffered(staff, evidence, unitGroup)).toBe(true);
    expect(isOffered(staff, evidence, otherGroup)).toBe(false);
    expect(isOffered(leader, evidence, otherGroup)).toBe(true);
  });

  it('names only registered commands in its audiences', () => {
    const names = new Set(allCommands.map((c) => c.name));
    expect(Object.keys(AUDIENCES).filter((name) => !names.has(name))).toEqual([]);
  });
});
