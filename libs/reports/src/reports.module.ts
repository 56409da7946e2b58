import { Module } from '@nestjs/common';
import { CalendarModule } from '@dondoc/calendar';
import { OrganizationsModule } from '@dondoc/organizations';
import { OverdueReportService } from './overdue-report.service';
import { ScorecardService } from './scorecard.service';

@Module({
  imports: [CalendarModule, OrganizationsModule],
  providers: [OverdueReportService, ScorecardService],
  exports: [OverdueReportService, ScorecardService],
})
export class ReportsModule {}
