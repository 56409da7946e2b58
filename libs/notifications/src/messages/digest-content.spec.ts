import { digestSubject, digestText, groupDigest } from './digest-content';
import type { TaskSummary } from './reminder-content';

const summary = (id: string, over: Partial<TaskSummary>): TaskSummary => ({
  id,
  title: `Nhiệm vụ ${id}`,
  dueDate: '2024-12-20',
  leadUnitName: 'Phòng Tài chính - Kế hoạch',
  directiveNumber: '215/TB-UBND',
  directiveTitle: 'Kết luận phiên họp thường kỳ',
  workingDaysLeft: null,
  workingDaysOverdue: null,
  link: `https://dondoc.example/tasks/${id}`,
  ...over,
});

describe('the morning digest', () => {
  const tasks = [
    summary('a', { workingDaysLeft: 3, dueDate: '2024-12-20' }),
    summary('b', { workingDaysOverdue: 2, dueDate: '2024-12-13' }),
    summary('c', { workingDaysLeft: 0, dueDate: '2024-12-17' }),
    summary('d', { workingDaysOverdue: 7, dueDate: '2024-12-06' }),
    summary('e', { workingDaysLeft: 1, dueDate: '2024-12-18' }),
    // A task with two reminders queued (the nag and an escalation) appears once.
    summary('b', { workingDaysOverdue: 2, dueDate: '2024-12-13' }),
  ];

  it('lists overdue first (longest first), then due today, then due soon (nearest first), each task once', () => {
    const sections = groupDigest(tasks);
    expect(sections.map((s) => [s.title, s.tasks.map((t) => t.id)])).toEqual([
      ['Nhiệm vụ quá hạn', ['d', 'b']],
      ['Nhiệm vụ đến hạn hôm nay', ['c']],
      ['Nhiệm vụ sắp đến hạn', ['e', 'a']],
    ]);
  });

  it('says in the subject how many tasks and how many are overdue', () => {
    expect(digestSubject(groupDigest(tasks))).toBe('[Nhắc việc] 5 nhiệm vụ cần xử lý, trong đó 2 quá hạn');
    expect(digestSubject(groupDigest([tasks[0]]))).toBe('[Nhắc việc] 1 nhiệm vụ sắp đến hạn');
  });

  it('writes one line per task with its directive, deadline, standing and link', () => {
    const text = digestText('Lê Văn Tài', groupDigest(tasks), 'https://dondoc.example/tasks?mine=1');
    expect(text).toContain(
      '- Nhiệm vụ d — 215/TB-UBND (Kết luận phiên họp thường kỳ) — hạn 06/12/2024, quá hạn 7 ngày làm việc',
    );
    expect(text).toContain('https://dondoc.example/tasks/c');
    expect(text.match(/Nhiệm vụ b —/g)).toHaveLength(1);
  });
});
