import { Module } from '@nestjs/common';
import { JobQueues } from './job-queues.service';

/** The producer side of every queue (JobQueues); workers open their own consumers. */
@Module({ providers: [JobQueues], exports: [JobQueues] })
export class QueuesModule {}
