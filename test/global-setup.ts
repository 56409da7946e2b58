import './register-paths';
import { createTemplateDatabase } from '@dondoc/testing';

/** Migrates one template database from zero for the whole run (see libs/testing). */
export default async function globalSetup(): Promise<void> {
  await createTemplateDatabase();
}
