import { formatVietnameseDate } from '@dondoc/core';
import { directiveLabel, escapeHtml, standing, TaskSummary } from './reminder-content';

export interface DigestSection {
  title: string;
  tasks: TaskSummary[];
}

/**
 * The morning digest groups a person's tasks as the office reads them: overdue first (longest
 * overdue first), then due today, then due soon (nearest deadline first). One line per task,
 * however many reminders it had queued.
 */
export function groupDigest(tasks: TaskSummary[]): DigestSection[] {
  const unique = [...new Map(tasks.map((t) => [t.id, t])).values()];
  const byTitle = (a: TaskSummary, b: TaskSummary) => a.title.localeCompare(b.title, 'vi');
  const overdue = unique
    .filter((t) => t.workingDaysOverdue !== null)
    .sort((a, b) => b.workingDaysOverdue! - a.workingDaysOverdue! || byTitle(a, b));
  const today = unique.filter((t) => t.workingDaysOverdue === null && t.workingDaysLeft === 0).sort(byTitle);
  const soon = unique
    .filter((t) => t.workingDaysOverdue === null && t.workingDaysLeft !== 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || byTitle(a, b));
  return [
    { title: 'Nhiệm vụ quá hạn', tasks: overdue },
    { title: 'Nhiệm vụ đến hạn hôm nay', tasks: today },
    { title: 'Nhiệm vụ sắp đến hạn', tasks: soon },
  ].filter((s) => s.tasks.length);
}

export function digestSubject(sections: DigestSection[]): string {
  const count = (title: string) => sections.find((s) => s.title === title)?.tasks.length ?? 0;
  const overdue = count('Nhiệm vụ quá hạn');
  const total = sections.reduce((n, s) => n + s.tasks.length, 0);
  return overdue
    ? `[Nhắc việc] ${total} nhiệm vụ cần xử lý, trong đó ${overdue} quá hạn`
    : `[Nhắc việc] ${total} nhiệm vụ sắp đến hạn`;
}

export function digestText(recipientName: string, sections: DigestSection[], listLink: string): string {
  const lines = [`Kính gửi: ${recipientName},`, '', 'Tổng hợp nhiệm vụ cần xử lý của đồng chí sáng nay:'];
  for (const section of sections) {
    lines.push('', `${section.title} (${section.tasks.length}):`);
    for (const t of section.tasks) {
      lines.push(
        `- ${t.title} — ${directiveLabel(t)} — hạn ${formatVietnameseDate(t.dueDate)}, ${standing(t)}`,
        `  ${t.link}`,
      );
    }
  }
  lines.push('', `Danh sách đầy đủ: ${listLink}`);
  return lines.join('\n');
}

export function digestHtml(recipientName: string, sections: DigestSection[], listLink: string): string {
  const parts = [
    `<p>Kính gửi: ${escapeHtml(recipientName)},</p>`,
    '<p>Tổng hợp nhiệm vụ cần xử lý của đồng chí sáng nay:</p>',
  ];
  for (const section of sections) {
    parts.push(`<h3>${escapeHtml(section.title)} (${section.tasks.length})</h3>`, '<ul>');
    for (const t of section.tasks) {
      parts.push(
        `<li><a href="${escapeHtml(t.link)}">${escapeHtml(t.title)}</a> — ${escapeHtml(directiveLabel(t))} — hạn ${formatVietnameseDate(t.dueDate)}, ${escapeHtml(standing(t))}</li>`,
      );
    }
    parts.push('</ul>');
  }
  parts.push(`<p><a href="${escapeHtml(listLink)}">Danh sách đầy đủ</a></p>`);
  return parts.join('\n');
}

/** One SMS for the whole digest: counts and a link, since a list never fits. */
export function digestSmsParts(sections: DigestSection[], listLink: string) {
  const overdue = sections.find((s) => s.title === 'Nhiệm vụ quá hạn')?.tasks.length ?? 0;
  const total = sections.reduce((n, s) => n + s.tasks.length, 0);
  return {
    head: '[Nhac viec] ',
    body: `Dong chi co ${total} nhiem vu can xu ly${overdue ? `, ${overdue} qua han` : ''}`,
    tail: `. Xem: ${listLink}`,
  };
}
