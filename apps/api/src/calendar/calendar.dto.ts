import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CALENDAR_EXCEPTION_KINDS, type CalendarExceptionKind } from '@dondoc/calendar';
import { type LocalDate } from '@dondoc/core';
import { IsLocalDate } from '../common/dto';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CalendarRangeQuery {
  @ApiPropertyOptional({ format: 'date', example: '2026-01-01', description: 'First date listed (included)' })
  @IsOptional()
  @IsLocalDate()
  from?: LocalDate;

  @ApiPropertyOptional({ format: 'date', example: '2026-12-31', description: 'Last date listed (included)' })
  @IsOptional()
  @IsLocalDate()
  to?: LocalDate;
}

export class WorkingDaysQuery {
  @ApiProperty({
    format: 'date',
    example: '2026-02-10',
    description: 'Not counted, as the Civil Code counts periods',
  })
  @IsLocalDate()
  from!: LocalDate;

  @ApiProperty({ format: 'date', example: '2026-03-03', description: 'Counted when it is a working day' })
  @IsLocalDate()
  to!: LocalDate;
}

export class CreateCalendarExceptionDto {
  @ApiProperty({ format: 'date', example: '2026-11-24' })
  @IsLocalDate()
  date!: LocalDate;

  @ApiProperty({
    enum: CALENDAR_EXCEPTION_KINDS,
    example: 'holiday',
    description:
      'holiday, compensatory_day_off (nghỉ bù) and swapped_day_off (hoán đổi) go on weekdays; working_day (làm bù) on a Saturday or Sunday',
  })
  @IsIn(CALENDAR_EXCEPTION_KINDS)
  kind!: CalendarExceptionKind;

  @ApiProperty({ example: 'Ngày Văn hóa Việt Nam (24/11)', maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;
}

export class CalendarDateParams {
  @ApiProperty({ format: 'date', example: '2026-11-24' })
  @IsLocalDate()
  date!: LocalDate;
}
