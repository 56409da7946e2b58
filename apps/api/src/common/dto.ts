import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate } from '@dondoc/core';

/** A real calendar date written YYYY-MM-DD: the pattern alone would let 2025-02-30 through. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value) => isLocalDate(value),
        defaultMessage: () => '$property must be a real date written YYYY-MM-DD',
      },
    },
    options,
  );
}

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** ?state=new,in_progress or ?state=new&state=in_progress → ['new', 'in_progress']. */
export const toList = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 20;
}
