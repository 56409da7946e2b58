import { Injectable } from '@nestjs/common';
import { FieldError, isLocalDate, validationError } from '@dondoc/core';
import type { WorkingDayCalendar } from '@dondoc/calendar';
import { extractDraft } from './extract';
import type { Draft, OrganizationDirectory } from './types';

/** A conclusion longer than this is not one notice (about 60 pages): refuse rather than tie up the request. */
export const MAX_TEXT_LENGTH = 200_000;

export interface ExtractRequest {
  text: string;
  meetingDate: string;
}

export interface ExtractContext {
  /** The units and groups under the caller's authority, as the organisations lib exports them. */
  organization?: OrganizationDirectory;
  calendar?: WorkingDayCalendar;
}

/**
 * Drafts tasks from pasted text for POST /api/directives/extract. No database: the caller passes
 * the organisation directory and the working-day calendar it already holds.
 */
@Injectable()
export class ExtractionService {
  extract(request: ExtractRequest, context: ExtractContext = {}): Draft {
    const fields: FieldError[] = [];
    if (typeof request.text !== 'string' || !request.text.trim())
      fields.push({ field: 'text', messages: ['Nhập nội dung thông báo kết luận.'] });
    else if (request.text.length > MAX_TEXT_LENGTH)
      fields.push({ field: 'text', messages: [`Văn bản dài quá ${MAX_TEXT_LENGTH} ký tự.`] });
    if (!isLocalDate(request.meetingDate))
      fields.push({ field: 'meetingDate', messages: ['Ngày họp phải có dạng YYYY-MM-DD.'] });
    if (fields.length) throw validationError(fields);
    return extractDraft(request.text, { meetingDate: request.meetingDate, ...context });
  }
}
