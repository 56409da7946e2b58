import { Module } from '@nestjs/common';
import { ExtractionService } from './extraction.service';

/** Provides ExtractionService; it needs nothing injected (no database, no configuration). */
@Module({
  providers: [ExtractionService],
  exports: [ExtractionService],
})
export class ExtractionModule {}
