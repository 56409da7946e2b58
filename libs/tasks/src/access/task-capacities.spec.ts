import type { Actor, Role } from '@dondoc/users';
import type { Capacity } from '../workflow/task-actions';
import { canSee, capacitiesOf, TaskInvolvement } from './task-capacities';

/**
 * A district /A/ issued the directive. Its task is led by L, a unit below P, and coordinated by C.
 * V is a unit below L (a thôn under a xã); U is a sibling with nothing to do with the task; /B/ is
 * another authority altogether.
 */
const TASK: TaskInvolvement = {
  authorityPath: '/A/',
  leadUnitPath: '/A/P/L/',
  coordinatingUnitPaths: ['/A/C/'],
  assigneeId: 'assignee',
};

/** Where the actor stands: the root of their scope, and whether the task was passed to them. */
const RELATIONS = {
  issuingAuthority: { scopePath: '/A/', id: 'someone' },
  parentOfLead: { scopePath: '/A/P/', id: 'someone' },
  leadUnit: { scopePath: '/A/P/L/', id: 'someone' },
  leadUnitAssignee: { scopePath: '/A/P/L/', id: 'assignee' },
  belowLead: { scopePath: '/A/P/L/V/', id: 'someone' },
  coordinatingUnit: { scopePath: '/A/C/', id: 'someone' },
  unrelatedUnit: { scopePath: '/A/U/', id: 'someone' },
  otherAuthority: { scopePath: '/B/', id: 'someone' },
} as const;
type Relation = keyof typeof RELATIONS;

type Expected = [visible: boolean, capacities: Capacity[]];
const HIDDEN: Expected = [false, []];
const LOOKS: Expected = [true, []];

/**
 * The access rules written out by hand, independently of the code. Leaders, the office and admins
 * see what is led inside their scope; only the issuing authority's leaders and office are the
 * assigner. Unit people see what their unit (or one below it) leads or coordinates; a head over the
 * lead unit acts as lead, staff only on a task passed to them.
 */
const EXPECTED: Record<Role, Record<Relation, Expected>> = {
  admin: {
    issuingAuthority: LOOKS,
    parentOfLead: LOOKS,
    leadUnit: LOOKS,
    leadUnitAssignee: LOOKS,
    belowLead: HIDDEN,
    coordinatingUnit: HIDDEN,
    unrelatedUnit: HIDDEN,
    otherAuthority: HIDDEN,
  },
  leader: {
    issuingAuthority: [true, ['assigner']],
    parentOfLead: LOOKS,
    leadUnit: LOOKS,
    leadUnitAssignee: LOOKS,
    belowLead: HIDDEN,
    coordinatingUnit: HIDDEN,
    unrelatedUnit: HIDDEN,
    otherAuthority: HIDDEN,
  },
  office: {
    issuingAuthority: [true, ['assigner']],
    parentOfLead: LOOKS,
    leadUnit: LOOKS,
    leadUnitAssignee: LOOKS,
    belowLead: HIDDEN,
    coordinatingUnit: HIDDEN,
    unrelatedUnit: HIDDEN,
    otherAuthority: HIDDEN,
  },
  unit_head: {
    issuingAuthority: [true, ['lead_head']],
    parentOfLead: [true, ['lead_head']],
    leadUnit: [true, ['lead_head']],
    leadUnitAssignee: [true, ['lead_head']],
    belowLead: HIDDEN,
    coordinatingUnit: [true, ['coordinator']],
    unrelatedUnit: HIDDEN,
    otherAuthority: HIDDEN,
  },
  unit_staff: {
    // A staff member at the top sees the whole subtree; the coordinating unit lies inside it.
    issuingAuthority: [true, ['coordinator']],
    parentOfLead: LOOKS,
    leadUnit: LOOKS,
    leadUnitAssignee: [true, ['lead_staff']],
    belowLead: HIDDEN,
    coordinatingUnit: [true, ['coordinator']],
    unrelatedUnit: HIDDEN,
    otherAuthority: HIDDEN,
  },
};

const actor = (role: Role, relation: Relation): Actor => ({
  ...RELATIONS[relation],
  role,
  username: 'u',
  fullName: 'U',
  unitId: 'unit',
  scopeUnitId: 'unit',
});

const cases = (Object.keys(EXPECTED) as Role[]).flatMap((role) =>
  (Object.keys(RELATIONS) as Relation[]).map((relation) => [role, relation] as const),
);

describe('who may see a task and in what capacity', () => {
  it.each(cases)('%s standing at %s', (role, relation) => {
    const [visible, capacities] = EXPECTED[role][relation];
    const who = actor(role, relation);
    expect({ visible: canSee(who, TASK), capacities: capacitiesOf(who, TASK) }).toEqual({
      visible,
      capacities,
    });
  });

  it('reads a path as a whole segment: /A/P1/ is not below /A/P/', () => {
    const sibling: TaskInvolvement = { ...TASK, leadUnitPath: '/A/P1/L/', coordinatingUnitPaths: [] };
    const head = actor('unit_head', 'parentOfLead');
    expect([canSee(head, sibling), capacitiesOf(head, sibling)]).toEqual([false, []]);
  });

  it('lets a coordinating unit that also leads act as lead, not as coordinator', () => {
    const both: TaskInvolvement = { ...TASK, coordinatingUnitPaths: ['/A/C/', '/A/P/L/'] };
    expect(capacitiesOf(actor('unit_head', 'leadUnit'), both)).toEqual(['lead_head']);
  });

  it('does not make a leader the lead unit because the task was passed to their id', () => {
    expect(capacitiesOf(actor('leader', 'leadUnitAssignee'), TASK)).toEqual([]);
  });
});
