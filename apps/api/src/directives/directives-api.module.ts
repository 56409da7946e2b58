import { Module } from '@nestjs/common';
import { CalendarModule } from '@dondoc/calendar';
import { ExtractionModule } from '@dondoc/extraction';
import { OrganizationsModule } from '@dondoc/organizations';
import { TasksModule } from '@dondoc/tasks';
import { DirectivesController } from './directives.controller';

@Module({
  imports: [TasksModule, ExtractionModule, OrganizationsModule, CalendarModule],
  controllers: [DirectivesController],
})
export class DirectivesApiModule {}
