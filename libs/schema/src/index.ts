export * from './all-entities';
