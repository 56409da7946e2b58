import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const CALENDAR_EXCEPTION_KINDS = [
  'holiday',
  'compensatory_day_off',
  'swapped_day_off',
  'working_day',
] as const;
export type CalendarExceptionKind = (typeof CALENDAR_EXCEPTION_KINDS)[number];

/**
 * A date that departs from the Monday–Friday rule: a public holiday (nghỉ lễ, Tết), a compensatory
 * day off (nghỉ bù), a day off swapped with a Saturday (hoán đổi), or that Saturday worked (làm bù).
 */
@Entity('calendar_exceptions')
@Check(
  'ck_calendar_exceptions_kind',
  `kind IN ('holiday', 'compensatory_day_off', 'swapped_day_off', 'working_day')`,
)
export class CalendarException {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_calendar_exceptions' })
  date!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: CalendarExceptionKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
