import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMAT } from '../../../lib/dates';
import { useT } from '../../../i18n/i18n';

export interface HeaderValues {
  kind: 'conclusion_notice' | 'directive_document' | 'oral_instruction';
  number?: string;
  title: string;
  issueDate: Dayjs;
  meetingDate?: Dayjs;
  text: string;
}

/** The directive's own fields: what it is, its number and summary, when it was issued and met. */
export function DirectiveHeaderFields() {
  const t = useT();
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Select
            options={(['conclusion_notice', 'directive_document', 'oral_instruction'] as const).map((k) => ({
              value: k,
              label: t(`kind_${k}`),
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="number" label={t('number')} rules={[{ max: 100 }]}>
          <Input placeholder="215/TB-UBND" />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item
          name="issueDate"
          label={t('issueDate')}
          rules={[{ required: true, message: t('required', { field: t('issueDate').toLowerCase() }) }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name="meetingDate" label={t('meetingDate')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="title"
          label={t('directiveTitle')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 3,
              max: 500,
              message: t('required', { field: t('directiveTitle').toLowerCase() }),
            },
          ]}
        >
          <Input placeholder="Kết luận của Chủ tịch UBND huyện tại cuộc họp ngày …" />
        </Form.Item>
      </Col>
    </Row>
  );
}
