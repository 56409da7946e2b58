import { formatVietnameseDate, LocalDate } from '@dondoc/core';
import type { Audience, OccurrenceKind } from '../policy/occurrences';

/** What a message says about one task: read from the database when the message is sent. */
export interface TaskSummary {
  id: string;
  title: string;
  dueDate: LocalDate;
  leadUnitName: string;
  directiveNumber: string | null;
  directiveTitle: string;
  /** As of the day the message goes out, from timelinessOf. */
  workingDaysLeft: number | null;
  workingDaysOverdue: number | null;
  link: string;
}

export interface ReminderContent {
  kind: OccurrenceKind;
  audience: Audience;
  recipientName: string;
  task: TaskSummary;
}

export const directiveLabel = (t: Pick<TaskSummary, 'directiveNumber' | 'directiveTitle'>) =>
  t.directiveNumber ? `${t.directiveNumber} (${t.directiveTitle})` : t.directiveTitle;

/** "còn 3 ngày làm việc", "đến hạn hôm nay", "quá hạn 5 ngày làm việc": the task's standing today. */
export function standing(t: Pick<TaskSummary, 'workingDaysLeft' | 'workingDaysOverdue'>): string {
  if (t.workingDaysOverdue !== null) return `quá hạn ${t.workingDaysOverdue} ngày làm việc`;
  if (t.workingDaysLeft === 0) return 'đến hạn hôm nay';
  return `còn ${t.workingDaysLeft ?? '?'} ngày làm việc`;
}

/** The subject line: what kind of chase this is, then the task. */
export function subjectOf(c: ReminderContent): string {
  switch (c.kind) {
    case 'before':
      return `[Nhắc việc] ${capitalise(standing(c.task))}: ${c.task.title}`;
    case 'due':
      return `[Nhắc việc] Đến hạn hôm nay: ${c.task.title}`;
    case 'overdue':
      return `[Đôn đốc] ${capitalise(standing(c.task))}: ${c.task.title}`;
    case 'escalation':
      return `[Báo cáo quá hạn] ${c.task.leadUnitName} chưa hoàn thành: ${c.task.title}`;
  }
}

function opening(c: ReminderContent): string {
  if (c.audience === 'responsible') {
    return c.kind === 'overdue'
      ? 'Nhiệm vụ dưới đây đã quá hạn. Đề nghị khẩn trương thực hiện và báo cáo kết quả.'
      : 'Hệ thống nhắc việc xin nhắc nhiệm vụ dưới đây.';
  }
  return `Nhiệm vụ dưới đây do ${c.task.leadUnitName} chủ trì đã ${standing(c.task)}. Báo cáo để đồng chí chỉ đạo, đôn đốc.`;
}

/** Plain-text email body, in Vietnamese. */
export function emailText(c: ReminderContent): string {
  const t = c.task;
  return [
    `Kính gửi: ${c.recipientName},`,
    '',
    opening(c),
    '',
    `Nhiệm vụ: ${t.title}`,
    `Theo văn bản: ${directiveLabel(t)}`,
    `Đơn vị chủ trì: ${t.leadUnitName}`,
    `Hạn xử lý: ${formatVietnameseDate(t.dueDate)} (${standing(t)})`,
    '',
    `Xem và cập nhật tiến độ: ${t.link}`,
    '',
    'Đây là thư tự động của hệ thống theo dõi nhiệm vụ; vui lòng không trả lời thư này.',
  ].join('\n');
}

export function emailHtml(c: ReminderContent): string {
  const t = c.task;
  return [
    `<p>Kính gửi: ${escapeHtml(c.recipientName)},</p>`,
    `<p>${escapeHtml(opening(c))}</p>`,
    '<table>',
    row('Nhiệm vụ', t.title),
    row('Theo văn bản', directiveLabel(t)),
    row('Đơn vị chủ trì', t.leadUnitName),
    row('Hạn xử lý', `${formatVietnameseDate(t.dueDate)} (${standing(t)})`),
    '</table>',
    `<p><a href="${escapeHtml(t.link)}">Xem và cập nhật tiến độ</a></p>`,
  ].join('\n');
}

/** The SMS as three parts: fitSms shortens the title, never the deadline or the link. */
export function smsParts(c: ReminderContent): { head: string; body: string; tail: string } {
  const t = c.task;
  const label = c.kind === 'escalation' ? `[Qua han] ${t.leadUnitName}: ` : '[Nhac viec] ';
  return {
    head: label,
    body: t.title,
    tail: `. Han ${formatVietnameseDate(t.dueDate)}, ${standing(t)}. ${t.link}`,
  };
}

const row = (label: string, value: string) =>
  `<tr><td><b>${escapeHtml(label)}</b></td><td>${escapeHtml(value)}</td></tr>`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
