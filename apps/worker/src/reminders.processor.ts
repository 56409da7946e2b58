import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ReminderPlanner, ReminderPolicies, ReminderTicker } from '@dondoc/notifications';
import type { JobPayloads } from '@dondoc/queue';

type RemindersJob =
  | Job<JobPayloads['reminders']['tick'], unknown, 'tick'>
  | Job<JobPayloads['reminders']['replan'], unknown, 'replan'>;

/** The reminders queue: the scheduler's tick, and re-planning after a policy change. */
@Injectable()
export class RemindersProcessor {
  private readonly logger = new Logger('RemindersProcessor');

  constructor(
    private readonly ticker: ReminderTicker,
    private readonly planner: ReminderPlanner,
    private readonly policies: ReminderPolicies,
  ) {}

  async process(job: RemindersJob): Promise<unknown> {
    switch (job.name) {
      case 'tick':
        return this.ticker.tick();
      case 'replan': {
        const { directiveId } = job.data;
        this.policies.forget();
        const planned = await this.planner.replanAll(directiveId);
        this.logger.log(`Re-planned ${planned} tasks${directiveId ? ` of directive ${directiveId}` : ''}`);
        return { planned };
      }
    }
  }
}
