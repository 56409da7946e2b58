import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import type { LocalDate } from '@dondoc/core';
import { UNIT_KINDS, type UnitKind } from '@dondoc/organizations';
import { IsLocalDate, trim } from '../common/dto';

export class OverdueExportQueryDto {
  @ApiPropertyOptional({ description: 'Only tasks led by this unit or a unit below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ description: 'Only tasks of this directive' })
  @IsOptional()
  @IsUUID()
  directiveId?: string;

  @ApiPropertyOptional({ description: 'Text in the task or its directive; diacritics optional ("giai ngan")' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class OverdueReportQueryDto extends OverdueExportQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize = 50;

  @ApiPropertyOptional({ minimum: 1, maximum: 5000, default: 50, description: 'How many units `units` lists (unitCount has them all)' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  unitsLimit = 50;
}

export class ScorecardQueryDto {
  @ApiProperty({
    format: 'date',
    description: 'First day of the period (tasks whose current deadline is on or after it)',
  })
  @IsLocalDate()
  from!: LocalDate;

  @ApiProperty({ format: 'date', description: 'Last day of the period, at most five years after from' })
  @IsLocalDate()
  to!: LocalDate;

  @ApiPropertyOptional({ enum: UNIT_KINDS, description: 'Rank only units of this kind (e.g. commune)' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;

  @ApiPropertyOptional({ description: 'Rank only the units directly under this one' })
  @IsOptional()
  @IsUUID()
  parentUnitId?: string;
}
