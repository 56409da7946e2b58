import { Typography } from 'antd';
import { formatDate } from '../lib/dates';
import { useT } from '../i18n/i18n';

/** The deadline in force, and the original one struck through when an extension moved it. */
export function DueDates({
  original,
  current,
  compact,
}: {
  original: string | null;
  current: string | null;
  compact?: boolean;
}) {
  const t = useT();
  if (!current) return <Typography.Text type="secondary">{t('tl_no_deadline')}</Typography.Text>;
  const moved = original && original !== current;
  return (
    <span className="due-dates">
      {compact && <span className="muted">{t('dueDate')}: </span>}
      <span>{formatDate(current)}</span>
      {moved && (
        <Typography.Text delete type="secondary" title={t('originalDueDate')} className="original-due">
          {' '}
          {formatDate(original)}
        </Typography.Text>
      )}
    </span>
  );
}
