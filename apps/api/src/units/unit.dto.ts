import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '@dondoc/organizations';
import { trim } from '../common/dto';

export class CreateUnitDto {
  @ApiProperty({ description: 'The unit above; every unit but a root authority has one' })
  @IsUUID()
  parentId!: string;

  @ApiProperty({ enum: UNIT_KINDS })
  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @ApiProperty({ example: 'TCKH' })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'code may use letters, digits, dot, dash and underscore (at most 50)',
  })
  code!: string;

  @ApiProperty({ example: 'Phòng Tài chính - Kế hoạch' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  name!: string;

  @ApiPropertyOptional({ example: 'TC-KH' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  shortName?: string;

  @ApiPropertyOptional({ type: [String], example: ['Phòng TC-KH', 'Phòng Tài chính Kế hoạch'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(255, { each: true })
  aliases?: string[];
}

export class UpdateUnitDto {
  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, {
    message: 'code may use letters, digits, dot, dash and underscore (at most 50)',
  })
  code?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(255)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shortName?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  aliases?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UnitListQueryDto {
  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ description: 'Name, short name, code or alias; diacritics optional' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateUnitGroupDto {
  @ApiProperty({ example: 'các xã, thị trấn' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: [String], example: ['các địa phương'] })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  aliases?: string[];

  @ApiPropertyOptional({ enum: UNIT_KINDS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(UNIT_KINDS, { each: true })
  memberKinds?: UnitKind[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  memberUnitIds?: string[];
}
