import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Transform } from 'class-transformer';
import { CHANNELS, DELIVERY_STATES, ESCALATION_TARGETS } from '@dondoc/notifications';
import type { Channel, DeliveryState, EscalationTarget } from '@dondoc/notifications';
import { PageQuery, toList } from '../common/dto';

export class PreferencesDto {
  @ApiProperty({ description: 'Receive reminders by email' })
  @IsBoolean()
  email!: boolean;

  @ApiProperty({ description: 'Receive reminders by SMS' })
  @IsBoolean()
  sms!: boolean;

  @ApiProperty({ description: 'One morning digest (07:30) instead of a message per reminder' })
  @IsBoolean()
  digest!: boolean;
}

export class DeliveryLogQueryDto extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  recipientId?: string;

  @ApiPropertyOptional({
    description: 'One or more of ' + DELIVERY_STATES.join(', '),
    example: 'failed,unknown',
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(DELIVERY_STATES, { each: true })
  status?: DeliveryState[];

  @ApiPropertyOptional({ enum: CHANNELS })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class EscalationStepDto {
  @ApiProperty({ example: 5 })
  @IsInt()
  @Min(1)
  @Max(60)
  afterWorkingDaysOverdue!: number;

  @ApiProperty({ enum: ESCALATION_TARGETS })
  @IsIn(ESCALATION_TARGETS)
  to!: EscalationTarget;
}

export class ReminderPolicyDto {
  @ApiProperty({ example: [7, 3, 1] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(60, { each: true })
  beforeWorkingDays!: number[];

  @ApiProperty()
  @IsBoolean()
  onDueDay!: boolean;

  @ApiProperty({ example: 2, description: '0 turns the overdue nag off' })
  @IsInt()
  @Min(0)
  @Max(60)
  overdueEveryWorkingDays!: number;

  @ApiProperty({ type: [EscalationStepDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  escalations!: EscalationStepDto[];

  @ApiProperty()
  @IsBoolean()
  remindCoordinating!: boolean;

  @ApiProperty({ example: 480, description: 'Local minutes after midnight (480 = 08:00)' })
  @IsInt()
  @Min(420)
  @Max(1259)
  sendAtMinutes!: number;
}
