import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplicationContext } from '@nestjs/common';
import { CalendarService, WorkingDayCalendar } from '@dondoc/calendar';
import { addDays, Clock, instantAt, LocalDate } from '@dondoc/core';
import { Unit, UnitGroupsService, UnitsService } from '@dondoc/organizations';
import {
  DirectiveIntakeService,
  ExtensionRequestsService,
  TaskActionsService,
  TaskDetailService,
} from '@dondoc/tasks';
import { Actor, AuthService, Role, User, UsersService } from '@dondoc/users';
import { ClausePlan, HUONG_SON_PLAN, SON_DUONG_PLAN, StoryStep } from './demo-story';

export const DEMO_PASSWORD = 'dondoc-demo';

interface OrgFile {
  authority: { code: string; name: string; shortName?: string };
  departments: {
    code: string;
    kind: 'department' | 'agency';
    name: string;
    shortName?: string;
    aliases?: string[];
  }[];
  communes: { code: string; name: string; villages?: string[] }[];
  groups: { name: string; aliases: string[]; memberKinds: Unit['kind'][] }[];
  users: { username: string; role: Role; unit: string; fullName: string; title: string }[];
}

interface Annotation {
  meeting_date: string;
  tasks: { evidence: string; title: string }[];
}

/** The source text as annotations quote it: NFC, non-breaking spaces as spaces. */
const normalize = (text: string) => text.normalize('NFC').replace(/\u00a0/g, ' ');

/** Loads the demo organisation and the two seed meetings, with histories placed around today. */
export class DemoSeeder {
  private readonly units: UnitsService;
  private readonly groups: UnitGroupsService;
  private readonly users: UsersService;
  private readonly auth: AuthService;
  private readonly clock: Clock;
  private readonly byCode = new Map<string, Unit>();
  private readonly groupIds = new Map<string, string>();
  private readonly headOf = new Map<string, User>();
  private calendar!: WorkingDayCalendar;
  private today!: LocalDate;

  constructor(
    private readonly app: INestApplicationContext,
    private readonly dataDir: string,
  ) {
    this.units = app.get(UnitsService);
    this.groups = app.get(UnitGroupsService);
    this.users = app.get(UsersService);
    this.auth = app.get(AuthService);
    this.clock = app.get(Clock);
  }

  async alreadyLoaded(): Promise<boolean> {
    const org = this.read<OrgFile>('organization.json');
    return (await this.units.list({ scopePath: '/', includeInactive: true })).some(
      (u) => u.code === org.authority.code,
    );
  }

  async run(): Promise<{ username: string; role: Role; fullName: string }[]> {
    this.calendar = await this.app.get(CalendarService).getCalendar();
    this.today = this.clock.today();
    const org = this.read<OrgFile>('organization.json');
    const people = await this.loadOrganization(org);
    const leader = people.find((u) => u.role === 'leader')!;
    const office = people.find((u) => u.role === 'office')!;
    await this.loadMeeting('000_0d62c67636604045', HUONG_SON_PLAN, office, leader, {
      number: '215/TB-UBND',
      title:
        'Thông báo kết luận của Chủ tịch UBND huyện tại cuộc họp soát xét nhiệm vụ kinh tế - xã hội năm 2024',
      daysAgo: 30,
    });
    await this.loadMeeting('003_d17804aa84b8d093', SON_DUONG_PLAN, office, leader, {
      number: '98/TB-UBND',
      title: 'Kết luận hội nghị triển khai nhiệm vụ 6 tháng cuối năm',
      daysAgo: 60,
    });
    this.clock.setNow(new Date());
    return people.map(({ username, role, fullName }) => ({ username, role, fullName }));
  }

  private async loadOrganization(org: OrgFile): Promise<User[]> {
    const authority = await this.units.create({ parentId: null, kind: 'authority', ...org.authority });
    this.byCode.set(authority.code, authority);
    for (const d of org.departments)
      this.byCode.set(d.code, await this.units.create({ parentId: authority.id, ...d }));
    for (const c of org.communes) {
      const commune = await this.units.create({
        parentId: authority.id,
        kind: 'commune',
        code: c.code,
        name: c.name,
      });
      this.byCode.set(c.code, commune);
      for (const [i, v] of (c.villages ?? []).entries()) {
        await this.units.create({
          parentId: commune.id,
          kind: 'village',
          code: `${c.code}-${i + 1}`,
          name: `${v} (${c.name})`,
        });
      }
    }
    for (const g of org.groups) {
      this.groupIds.set(g.name, (await this.groups.create({ authorityId: authority.id, ...g })).id);
    }
    const people: User[] = [];
    for (const u of org.users) {
      const user = await this.users.create({
        ...u,
        unitId: this.unit(u.unit).id,
        password: DEMO_PASSWORD,
        email: `${u.username}@huongson.example`,
        phone: '0912000000',
      });
      people.push(user);
      if (u.role === 'unit_head') this.headOf.set(u.unit, user);
    }
    // Every other department and commune gets a head too: someone must receive its reminders.
    for (const [code, unit] of this.byCode) {
      if (this.headOf.has(code) || unit.kind === 'authority' || code === 'VP') continue;
      const username = code.toLowerCase().replace(/[^a-z0-9]+/g, '.');
      const head = await this.users.create({
        username,
        role: 'unit_head',
        unitId: unit.id,
        fullName: `Lãnh đạo ${unit.name}`,
        title: 'Thủ trưởng đơn vị',
        password: DEMO_PASSWORD,
        email: `${username}@huongson.example`,
        phone: null,
      });
      this.headOf.set(code, head);
    }
    return people;
  }

  private async loadMeeting(
    id: string,
    plan: ClausePlan[],
    office: User,
    leader: User,
    meta: { number: string; title: string; daysAgo: number },
  ) {
    const text = normalize(readFileSync(join(this.dataDir, `${id}.txt`), 'utf8'));
    const annotation = this.read<Annotation>(`${id}.json`);
    const issueDate = addDays(this.today, -meta.daysAgo);
    this.travelTo(issueDate);
    const officeActor = await this.auth.actorOf(office);
    const { directive, taskIds } = await this.app.get(DirectiveIntakeService).create(officeActor, {
      kind: 'conclusion_notice',
      number: meta.number,
      title: meta.title,
      issuingLeaderId: leader.id,
      meetingDate: addDays(issueDate, -2),
      issueDate,
      sourceText: text,
      clauses: plan.map((p) => {
        const gold = annotation.tasks[p.index];
        const start = text.indexOf(gold.evidence);
        return {
          title: gold.title,
          sourceText: gold.evidence,
          sourceStart: start >= 0 ? start : undefined,
          sourceEnd: start >= 0 ? start + gold.evidence.length : undefined,
          leadUnitId: 'unit' in p.lead ? this.unit(p.lead.unit).id : undefined,
          leadGroupId: 'group' in p.lead ? this.groupIds.get(p.lead.group) : undefined,
          coordinatingUnitIds: (p.coordinating ?? []).map((c) => this.unit(c).id),
          expectedOutput: p.expectedOutput,
          dueDate: p.dueIn === null ? null : this.workingDaysFromToday(p.dueIn),
        };
      }),
    });
    const detail = this.app.get(TaskDetailService);
    const tasksByClause = new Map<number, string[]>();
    for (const taskId of taskIds) {
      const task = await detail.get(taskId, officeActor);
      const ordinal = Number(task.clause.ordinal);
      tasksByClause.set(ordinal, [...(tasksByClause.get(ordinal) ?? []), taskId]);
    }
    for (const [i, p] of plan.entries()) {
      const ids = tasksByClause.get(i + 1) ?? [];
      const stories = p.memberStories ?? (p.story ? [p.story] : []);
      for (const [k, story] of stories.entries()) if (ids[k]) await this.play(ids[k], story, officeActor);
    }
    return directive;
  }

  /** Replays a story on a task, each step at its own moment, through the real services. */
  private async play(taskId: string, story: StoryStep[], office: Actor): Promise<void> {
    const detail = this.app.get(TaskDetailService);
    for (const step of story) {
      this.travelTo(this.workingDaysFromToday(step.at));
      const task = await detail.get(taskId, office);
      const head = await this.auth.actorOf(this.headOf.get(this.codeOf(task.leadUnit.id))!);
      if (step.action === 'extension') {
        const requests = this.app.get(ExtensionRequestsService);
        const request = await requests.request(taskId, head, {
          requestedDueDate: this.workingDaysFromToday(step.requestedIn),
          reason: step.reason,
        });
        if (step.approve === true) await requests.approve(request.id, office, { note: 'Đồng ý gia hạn.' });
        if (step.approve === false) await requests.reject(request.id, office, { note: 'Không đồng ý.' });
        continue;
      }
      const by = step.action === 'confirm' ? office : head;
      const note = 'note' in step ? step.note : undefined;
      const progressPercent = 'progressPercent' in step ? step.progressPercent : undefined;
      await this.app
        .get(TaskActionsService)
        .act(taskId, by, { action: step.action, version: task.version, note, progressPercent });
    }
  }

  private workingDaysFromToday(n: number): LocalDate {
    if (n >= 0) return this.calendar.addWorkingDays(this.today, n);
    let d = this.today;
    for (let i = 0; i < -n; i++) d = this.calendar.previousWorkingDay(d);
    return d;
  }

  /** 09:00 in Hà Nội on that day. */
  private travelTo(date: LocalDate): void {
    this.clock.setNow(instantAt(date, 9 * 60));
  }

  private unit(code: string): Unit {
    const unit = this.byCode.get(code);
    if (!unit) throw new Error(`The demo data names an unknown unit code: ${code}`);
    return unit;
  }

  private codeOf(unitId: string): string {
    return [...this.byCode.values()].find((u) => u.id === unitId)!.code;
  }

  private read<T>(file: string): T {
    return JSON.parse(readFileSync(join(this.dataDir, file), 'utf8')) as T;
  }
}
