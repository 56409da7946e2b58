export * from './calendar-exception.entity';
export * from './working-day-calendar';
