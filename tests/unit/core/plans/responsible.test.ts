import { describe, expect, it } from 'vitest';
import { subjectOf } from '../../../../src/core/plans/import/responsible.js';

// Who does a duty: the unit a sentence opens with, not the one it serves or reports to.
describe('the doer of a sentence', () => {
  it.each([
    ['Phòng Nghiệp vụ Y làm đầu mối theo dõi, tổng hợp, tham mưu Giám đốc Sở.', 'Phòng Nghiệp vụ Y'],
    ['Phong Nghiep vu Y lam dau moi theo doi, tong hop, tham muu Giam doc So.', 'Phong Nghiep vu Y'],
    ['Văn phòng Sở tham mưu Giám đốc Sở ban hành quy chế.', 'Văn phòng Sở Y tế'],
  ])('%s → %s', (sentence, doer) => {
    expect(subjectOf(sentence)).toEqual([{ kind: 'named', name: doer, office: true }]);
  });

  it('takes "Giám đốc Sở" after "tham mưu" as whom the office serves, not as a doer', () => {
    expect(subjectOf('Tham mưu Giám đốc Sở tổ chức sơ kết.')).toEqual([]);
  });
});
