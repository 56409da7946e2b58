export * from './calendar-exception.entity';
export * from './working-day-calendar';
export * from './vietnam-public-holidays';
export * from './calendar.service';
export * from './calendar.module';
