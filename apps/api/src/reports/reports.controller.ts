import { Controller, Get, Logger, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Workbook } from 'exceljs';
import {
  OverdueReportService,
  overdueFileName,
  ScorecardService,
  scorecardFileName,
  streamWorkbook,
  writeOverdueSheet,
  writeScorecardSheet,
  XLSX_CONTENT_TYPE,
} from '@dondoc/reports';
import type { Actor } from '@dondoc/users';
import { CurrentUser } from '../auth/auth.decorators';
import { OverdueExportQueryDto, OverdueReportQueryDto, ScorecardQueryDto } from './report.dto';

const SCOPE =
  'Everyone may call it and sees their own scope: leaders, the office and admins their whole authority; ' +
  'unit heads and staff the tasks their unit (or a unit below it) leads or coordinates. A unitId outside ' +
  'that scope answers 404. Working days overdue follow the working-day calendar (weekends, holidays, swaps).';
const PERIOD =
  'Everyone may call it; it ranks the lead units inside your scope (your authority, or your unit and the ' +
  'units below it). A task belongs to the period when its current deadline (hạn hiện tại, after approved ' +
  'extensions) falls in [from, to], both included. Cancelled tasks count nowhere; standing tasks (no ' +
  'deadline) stay out of the grid and are counted in `standing` when in force during the period (directive ' +
  'issued by `to`, not completed before `from`). onTimeRate = doneOnTime / total (null when total = 0); ' +
  'onTimeRateVsOriginal counts tasks done on or before their original deadline. Ranked by onTimeRate, then ' +
  'total, then name; equal rate and total share a rank; units with nothing due have rank null.';

/** Danh sách nhiệm vụ quá hạn and bảng xếp hạng đơn vị, as JSON and as Excel. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  private readonly logger = new Logger(ReportsController.name);

  constructor(
    private readonly overdue: OverdueReportService,
    private readonly scorecards: ScorecardService,
  ) {}

  @Get('overdue')
  @ApiOperation({
    summary: 'Overdue tasks grouped by lead unit, with working days overdue and the latest note',
    description:
      `${SCOPE} \`units\` lists the units with the most overdue tasks (\`unitsLimit\`, default 50; \`unitCount\` counts them all); \`items\` is one page of the ` +
      'list ordered by lead unit name, then current deadline.',
  })
  report(@CurrentUser() actor: Actor, @Query() q: OverdueReportQueryDto) {
    const { page, pageSize, unitsLimit, ...filter } = q;
    return this.overdue.report(actor, filter, page, pageSize, unitsLimit);
  }

  @Get('overdue.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The whole overdue list as an Excel file, grouped by unit', description: SCOPE })
  async reportXlsx(@CurrentUser() actor: Actor, @Query() q: OverdueExportQueryDto, @Res() res: Response) {
    const report = await this.overdue.export(actor, q);
    await this.send(res, overdueFileName(report.asOf), (wb) => writeOverdueSheet(wb, report));
  }

  @Get('scorecard')
  @ApiOperation({
    summary: 'Units ranked by on-time rate over a period, on the 2×2 grid',
    description: PERIOD,
  })
  scorecard(@CurrentUser() actor: Actor, @Query() q: ScorecardQueryDto) {
    return this.scorecards.scorecard(actor, q);
  }

  @Get('scorecard.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The scorecard as an Excel file', description: PERIOD })
  async scorecardXlsx(@CurrentUser() actor: Actor, @Query() q: ScorecardQueryDto, @Res() res: Response) {
    const scorecard = await this.scorecards.scorecard(actor, q);
    await this.send(res, scorecardFileName(scorecard.from, scorecard.to), (wb) =>
      writeScorecardSheet(wb, scorecard),
    );
  }

  /** Streams the workbook; an error once bytes are out can only cut the download short. */
  private async send(res: Response, fileName: string, build: (wb: Workbook) => Promise<void>) {
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    try {
      await streamWorkbook(res, build);
    } catch (error) {
      if (!res.headersSent) {
        // Nothing went out yet: let the error filter answer in JSON, not as a broken attachment.
        res.removeHeader('Content-Type');
        res.removeHeader('Content-Disposition');
        throw error;
      }
      this.logger.error(`Download ${fileName} failed midway`, error instanceof Error ? error.stack : error);
      res.destroy(error instanceof Error ? error : undefined);
    }
  }
}
