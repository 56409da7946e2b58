export * from './redis.module';
export * from './redis-policy';
export * from './queues';
export * from './job-queues.service';
export * from './queues.module';
