import { Tag } from 'antd';
import type { Timeliness } from '../api/models';
import { useT } from '../i18n/i18n';

/** The colours follow the report's meaning: red is late, orange is near, green is fine. */
export const TIMELINESS_COLOR: Record<Timeliness, string> = {
  overdue: 'red',
  due_soon: 'orange',
  on_track: 'blue',
  done_on_time: 'green',
  done_late: 'volcano',
  no_deadline: 'default',
};

export function TimelinessTag(props: {
  timeliness: Timeliness | null;
  workingDaysOverdue?: number | null;
  workingDaysLeft?: number | null;
}) {
  const t = useT();
  if (!props.timeliness) return null;
  const detail =
    props.timeliness === 'overdue' && props.workingDaysOverdue
      ? t('daysOverdue', { n: props.workingDaysOverdue })
      : props.timeliness === 'due_soon' &&
          props.workingDaysLeft !== null &&
          props.workingDaysLeft !== undefined
        ? t('daysLeft', { n: props.workingDaysLeft })
        : null;
  return (
    <Tag color={TIMELINESS_COLOR[props.timeliness]} className="badge" data-timeliness={props.timeliness}>
      {t(`tl_${props.timeliness}`)}
      {detail && <span className="badge-detail"> · {detail}</span>}
    </Tag>
  );
}
