export * from './workflow/task-state';
export * from './entities/task.entity';
export * from './entities/task-unit.entity';
export * from './entities/task-journal-entry.entity';
export * from './entities/extension-request.entity';
