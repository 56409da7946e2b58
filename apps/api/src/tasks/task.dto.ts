import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import type { LocalDate } from '@dondoc/core';
import {
  TASK_ACTIONS,
  TASK_SORTS,
  TASK_STATES,
  TIMELINESS,
  type TaskAction,
  type TaskSort,
  type TaskState,
  type Timeliness,
} from '@dondoc/tasks';
import { IsLocalDate, PageQuery, toList, trim } from '../common/dto';

export class TaskListQueryDto extends PageQuery {
  @ApiPropertyOptional({ description: 'Tasks of this unit and the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ enum: ['lead', 'coordinating'] })
  @IsOptional()
  @IsIn(['lead', 'coordinating'])
  unitRole?: 'lead' | 'coordinating';

  @ApiPropertyOptional({ description: `Comma-separated: ${TASK_STATES.join(', ')}` })
  @IsOptional()
  @Transform(toList)
  @IsIn(TASK_STATES, { each: true })
  state?: TaskState[];

  @ApiPropertyOptional({ description: `Comma-separated: ${TIMELINESS.join(', ')}` })
  @IsOptional()
  @Transform(toList)
  @IsIn(TIMELINESS, { each: true })
  timeliness?: Timeliness[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  directiveId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  clauseId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  dueFrom?: LocalDate;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  dueTo?: LocalDate;

  @ApiPropertyOptional({ description: 'Text; diacritics optional ("giai ngan" finds "giải ngân")' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'urgency' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort: TaskSort = 'urgency';
}

export class TaskActionDto {
  @ApiProperty({ enum: TASK_ACTIONS })
  @IsIn(TASK_ACTIONS)
  action!: TaskAction;

  @ApiPropertyOptional({ description: 'The version you read; or send it as an If-Match header' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressPercent?: number;

  @ApiPropertyOptional({
    nullable: true,
    description: 'reassign: the staff member, or null to take the task back',
  })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsUUID()
  assigneeId?: string | null;
}

export class ExtensionRequestDto {
  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  requestedDueDate!: LocalDate;

  @ApiProperty({ minLength: 3, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class ExtensionDecisionDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class ExtensionRequestListQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: 'pending' | 'approved' | 'rejected';
}
