import './register-paths';
import { dropTemplateDatabase } from '@dondoc/testing';

export default async function globalTeardown(): Promise<void> {
  await dropTemplateDatabase();
}
