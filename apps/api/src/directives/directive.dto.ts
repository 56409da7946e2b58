import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { LocalDate } from '@dondoc/core';
import { DIRECTIVE_KINDS, type DirectiveKind } from '@dondoc/directives';
import { IsLocalDate, PageQuery, trim } from '../common/dto';

export class ClauseDto {
  @ApiProperty({ example: 'Đẩy nhanh tiến độ giải ngân vốn đầu tư công' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ description: 'Sản phẩm: a report, a plan, a finished project' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  expectedOutput?: string;

  @ApiPropertyOptional({ description: 'The clause as the source text writes it' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  sourceText?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  sourceStart?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  sourceEnd?: number;

  @ApiPropertyOptional({ description: 'The lead unit (or give leadGroupId)' })
  @IsOptional()
  @IsUUID()
  leadUnitId?: string;

  @ApiPropertyOptional({ description: 'A unit group: one task per member unit' })
  @IsOptional()
  @IsUUID()
  leadGroupId?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  coordinatingUnitIds?: string[];

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    description: 'None for a standing task (thường xuyên)',
  })
  @ValidateIf((_, v) => v !== null && v !== undefined)
  @IsLocalDate()
  dueDate?: LocalDate | null;
}

export class CreateDirectiveDto {
  @ApiProperty({ enum: DIRECTIVE_KINDS })
  @IsIn(DIRECTIVE_KINDS)
  kind!: DirectiveKind;

  @ApiPropertyOptional({ example: '215/TB-UBND' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiProperty({ example: 'Kết luận của Chủ tịch UBND huyện tại cuộc họp ngày 22/11/2024' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  issuingLeaderId?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  meetingDate?: LocalDate;

  @ApiProperty({ format: 'date' })
  @IsLocalDate()
  issueDate!: LocalDate;

  @ApiPropertyOptional({ description: 'The full text of the notice' })
  @IsOptional()
  @IsString()
  @MaxLength(500000)
  sourceText?: string;

  @ApiProperty({ type: [ClauseDto] })
  @IsArray()
  @ArrayMinSize(1, { message: 'A directive needs at least one task' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ClauseDto)
  clauses!: ClauseDto[];
}

export class DirectiveListQueryDto extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  issuedFrom?: LocalDate;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsLocalDate()
  issuedTo?: LocalDate;
}

export class ExtractDraftDto {
  @ApiProperty({ description: 'The text of a conclusion notice or a news report of the meeting' })
  @IsString()
  @MinLength(1, { message: 'Paste the text of the notice.' })
  @MaxLength(200000)
  text!: string;

  @ApiProperty({ format: 'date', description: 'Anchors relative deadlines and dates written without a year' })
  @IsLocalDate()
  meetingDate!: LocalDate;
}
