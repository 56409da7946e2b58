export * from './directive.entity';
export * from './directive-clause.entity';
