import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarException } from './calendar-exception.entity';
import { CalendarService } from './calendar.service';

@Module({
  imports: [TypeOrmModule.forFeature([CalendarException])],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
