export * from './types';
export { extractDraft } from './extract';
export { ExtractionService, MAX_TEXT_LENGTH } from './extraction.service';
export type { ExtractContext, ExtractRequest } from './extraction.service';
export { ExtractionModule } from './extraction.module';
export { compileDirectory } from './organization/directory';
export type { CompiledDirectory, Resolution } from './organization/directory';
export { publicHolidayCalendar } from './public-holidays';
