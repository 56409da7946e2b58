export * from './unit.entity';
export * from './unit-group.entity';
export * from './unit-scope';
export * from './units.service';
export * from './unit-groups.service';
export * from './organization-directory.service';
export * from './organizations.module';
