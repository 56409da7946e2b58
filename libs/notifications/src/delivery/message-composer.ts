import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '@dondoc/calendar';
import { AppConfig, LocalDate } from '@dondoc/core';
import { timelinessOf } from '@dondoc/tasks';
import {
  digestHtml,
  digestSmsParts,
  digestSubject,
  digestText,
  groupDigest,
} from '../messages/digest-content';
import {
  emailHtml,
  emailText,
  ReminderContent,
  smsParts,
  subjectOf,
  TaskSummary,
} from '../messages/reminder-content';
import { fitSms } from '../messages/sms-text';
import { messagesFor, Recipient } from '../policy/channels';
import { Occurrence, occurrencesOn, REMINDABLE_STATES } from '../policy/occurrences';
import { RecipientDirectory } from '../planning/recipient-directory';
import { ReminderPolicies } from '../planning/reminder-policies.service';
import { loadTaskFacts, TaskFacts } from '../planning/task-facts';
import type { ClaimedDelivery } from './delivery-store';

export interface Message {
  recipient: Recipient;
  subject: string;
  text: string;
  html: string;
  sms: string;
}

export interface CheckedItem {
  item: ClaimedDelivery;
  occurrence: Occurrence;
  recipient: Recipient;
  task: TaskSummary;
}

/**
 * Re-reads a delivery's task when it is about to go and writes the message: a reminder whose task
 * is done, paused, cancelled or has a new deadline, or whose recipient no longer holds the task, is
 * not sent (the job was stale). The text says where the task stands today, not when it was planned.
 */
@Injectable()
export class MessageComposer {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly calendar: CalendarService,
    private readonly policies: ReminderPolicies,
    private readonly config: AppConfig,
  ) {}

  /** Splits deliveries into those still true today and those to cancel, with the reason. */
  async check(
    items: ClaimedDelivery[],
    today: LocalDate,
  ): Promise<{ valid: CheckedItem[]; invalid: { item: ClaimedDelivery; reason: string }[] }> {
    const facts = await loadTaskFacts(this.db.manager, [...new Set(items.map((i) => i.taskId!))]);
    const directory = await RecipientDirectory.load(this.db.manager, facts.values());
    const calendar = await this.calendar.getCalendar();
    const policies = await this.policies.current();
    const valid: CheckedItem[] = [];
    const invalid: { item: ClaimedDelivery; reason: string }[] = [];
    for (const item of items) {
      const task = facts.get(item.taskId!);
      if (!task) {
        invalid.push({ item, reason: 'Nhiệm vụ không còn tồn tại.' });
        continue;
      }
      const policy = policies.forDirective(task.directiveId);
      const occurrence = occurrencesOn(task, item.occursOn, policy, calendar).find(
        (o) => `${task.id}.${o.key}` === item.key,
      );
      if (!occurrence) {
        invalid.push({ item, reason: noLongerDue(task) });
        continue;
      }
      const recipient = directory
        .recipientsFor(occurrence.audience, task, policy)
        .find((p) => p.id === item.recipientId);
      if (!recipient) {
        invalid.push({ item, reason: 'Người nhận không còn phụ trách nhiệm vụ này.' });
        continue;
      }
      if (!messagesFor(occurrence.audience, recipient).some((m) => m.channel === item.channel)) {
        invalid.push({ item, reason: 'Người nhận đã tắt kênh này hoặc không có địa chỉ.' });
        continue;
      }
      const view = timelinessOf(task, today, calendar);
      valid.push({
        item,
        occurrence,
        recipient,
        task: this.summary(task, view.workingDaysLeft, view.workingDaysOverdue),
      });
    }
    return { valid, invalid };
  }

  reminder(checked: CheckedItem): Message {
    const content: ReminderContent = {
      kind: checked.occurrence.kind,
      audience: checked.occurrence.audience,
      recipientName: checked.recipient.fullName,
      task: checked.task,
    };
    return {
      recipient: checked.recipient,
      subject: subjectOf(content),
      text: emailText(content),
      html: emailHtml(content),
      sms: fitSms(smsParts(content), this.smsOptions()),
    };
  }

  digest(items: CheckedItem[]): Message {
    const recipient = items[0].recipient;
    const sections = groupDigest(items.map((i) => i.task));
    const list = new URL('/tasks?mine=1', this.config.PUBLIC_URL).toString();
    return {
      recipient,
      subject: digestSubject(sections),
      text: digestText(recipient.fullName, sections, list),
      html: digestHtml(recipient.fullName, sections, list),
      sms: fitSms(digestSmsParts(sections, list), this.smsOptions()),
    };
  }

  private smsOptions() {
    return { unicode: this.config.SMS_UNICODE === 'true', maxSegments: this.config.SMS_MAX_SEGMENTS };
  }

  private summary(task: TaskFacts, left: number | null, overdue: number | null): TaskSummary {
    return {
      id: task.id,
      title: task.title,
      dueDate: task.currentDueDate!,
      leadUnitName: task.leadUnitName,
      directiveNumber: task.directiveNumber,
      directiveTitle: task.directiveTitle,
      workingDaysLeft: left,
      workingDaysOverdue: overdue,
      link: new URL(`/tasks/${task.id}`, this.config.PUBLIC_URL).toString(),
    };
  }
}

function noLongerDue(task: TaskFacts): string {
  if (!REMINDABLE_STATES.includes(task.state))
    return `Nhiệm vụ đang ở trạng thái "${task.state}": không nhắc nữa.`;
  return 'Hạn xử lý hoặc chính sách nhắc việc đã thay đổi: lời nhắc này không còn đúng.';
}
