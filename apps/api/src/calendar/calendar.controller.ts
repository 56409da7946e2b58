import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CalendarService } from '@dondoc/calendar';
import { Roles } from '../auth/auth.decorators';
import {
  CalendarDateParams,
  CalendarRangeQuery,
  CreateCalendarExceptionDto,
  WorkingDaysQuery,
} from './calendar.dto';
import { toCalendarExceptionView } from './calendar.view';

/** The working-day calendar: everyone signed in reads it, administrators keep it. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOperation({ summary: 'Holidays, days off and Saturdays worked between two dates (both included)' })
  async list(@Query() query: CalendarRangeQuery) {
    const exceptions = await this.calendar.list(query.from, query.to);
    return exceptions.map(toCalendarExceptionView);
  }

  @Get('working-days')
  @ApiOperation({
    summary: 'Working days after `from` up to and including `to` (0 when `to` is not after `from`)',
  })
  async workingDays(@Query() query: WorkingDaysQuery) {
    const calendar = await this.calendar.getCalendar();
    return { from: query.from, to: query.to, workingDays: calendar.workingDaysBetween(query.from, query.to) };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a holiday, nghỉ bù, hoán đổi or làm bù date (admin)' })
  async add(@Body() body: CreateCalendarExceptionDto) {
    return toCalendarExceptionView(await this.calendar.add(body));
  }

  @Delete(':date')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the exception on a date, making it an ordinary day again (admin)' })
  @ApiNoContentResponse()
  async remove(@Param() params: CalendarDateParams): Promise<void> {
    await this.calendar.remove(params.date);
  }
}
