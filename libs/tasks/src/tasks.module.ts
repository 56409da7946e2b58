import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@dondoc/calendar';
import { Directive, DirectiveClause } from '@dondoc/directives';
import { OrganizationsModule } from '@dondoc/organizations';
import { ExtensionRequest } from './entities/extension-request.entity';
import { TaskJournalEntry } from './entities/task-journal-entry.entity';
import { TaskUnit } from './entities/task-unit.entity';
import { Task } from './entities/task.entity';
import { DirectiveIntakeService } from './services/directive-intake.service';
import { DirectivesQueryService } from './services/directives-query.service';
import { ExtensionRequestsService } from './services/extension-requests.service';
import { TaskEvents } from './events/task-events';
import { TaskActionsService } from './services/task-actions.service';
import { TaskDetailService } from './services/task-detail.service';
import { TaskLoader } from './services/task-loader';
import { TasksQueryService } from './services/tasks-query.service';

const services = [
  DirectiveIntakeService,
  DirectivesQueryService,
  ExtensionRequestsService,
  TaskActionsService,
  TaskDetailService,
  TasksQueryService,
];

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Task,
      TaskUnit,
      TaskJournalEntry,
      ExtensionRequest,
      Directive,
      DirectiveClause,
    ]),
    CalendarModule,
    OrganizationsModule,
  ],
  providers: [...services, TaskLoader, TaskEvents],
  exports: [...services, TaskEvents],
})
export class TasksModule {}
