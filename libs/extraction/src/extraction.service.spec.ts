import { DomainError } from '@dondoc/core';
import { Test } from '@nestjs/testing';
import { ExtractionModule } from './extraction.module';
import { ExtractionService } from './extraction.service';

describe('ExtractionService', () => {
  const service = new ExtractionService();

  it('drafts tasks from the text and the meeting date', () => {
    const draft = service.extract({
      text: 'Giao Phòng Tư pháp rà soát văn bản trước ngày 15/12/2024.',
      meetingDate: '2024-11-22',
    });
    expect(draft.tasks.map((t) => [t.lead, t.dueDate])).toEqual([[['Phòng Tư pháp'], '2024-12-15']]);
  });

  it('refuses an empty text and a malformed date with field errors', () => {
    let error: unknown;
    try {
      service.extract({ text: '  ', meetingDate: '22/11/2024' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('VALIDATION_FAILED');
    expect((error as DomainError).details).toEqual({
      fields: [
        { field: 'text', messages: ['Nhập nội dung thông báo kết luận.'] },
        { field: 'meetingDate', messages: ['Ngày họp phải có dạng YYYY-MM-DD.'] },
      ],
    });
  });
});

describe('ExtractionModule', () => {
  it('provides the service to whoever imports it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [ExtractionModule] }).compile();
    expect(moduleRef.get(ExtractionService)).toBeInstanceOf(ExtractionService);
  });
});
