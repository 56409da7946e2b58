/**
 * The DataSource TypeORM's own CLI loads (npm run migration:generate / migration:check).
 * It reads the same validated configuration as the apps.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig } from '@dondoc/core';
import { ALL_ENTITIES } from '@dondoc/schema';

export default new DataSource(dataSourceOptions(loadConfig(), ALL_ENTITIES));
