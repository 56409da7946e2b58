import { Module, OnModuleInit } from '@nestjs/common';
import { TaskEvents, TasksModule } from '@dondoc/tasks';
import { NotificationsModule } from './notifications.module';
import { ReminderPlanner } from './planning/reminder-planner.service';

/**
 * Follows task changes: creating, completing, cancelling, pausing a task or moving its deadline
 * re-plans its reminders and cancels those no longer true, in the same transaction as the change.
 */
@Module({ imports: [TasksModule, NotificationsModule] })
export class ReminderHooksModule implements OnModuleInit {
  constructor(
    private readonly events: TaskEvents,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.events.subscribe((em, taskIds) => this.planner.replan(em, taskIds));
  }
}
