import { Timeline, Typography } from 'antd';
import type { JournalEntry } from '../../api/models';
import { formatDate, formatDateTime } from '../../lib/dates';
import { useT, type Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';

function actionLabel(t: Translate, action: string): string {
  const key = (
    action.startsWith('extension_') || action === 'created' ? `journal_${action}` : `act_${action}`
  ) as MessageKey;
  const label = t(key);
  return label === key ? action : label;
}

/** The changes worth a line of their own; the note and timestamps already show elsewhere. */
const FIELD_LABEL: Record<string, MessageKey> = {
  progressPercent: 'progress',
  currentDueDate: 'currentDueDate',
  requestedDueDate: 'requestedDueDate',
  completedOn: 'completedOn',
};

/** Date-valued changes read as dates; anything else as written. */
const show = (v: unknown): string => {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v) : v;
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
};

export function JournalLine({ entry }: { entry: JournalEntry }) {
  const t = useT();
  return (
    <div className="journal-line">
      <Typography.Text strong>{actionLabel(t, entry.action)}</Typography.Text>
      {entry.toState && entry.fromState !== entry.toState && (
        <Typography.Text type="secondary"> → {t(`state_${entry.toState}`)}</Typography.Text>
      )}
      {entry.progressPercent !== null && <Typography.Text> · {entry.progressPercent}%</Typography.Text>}
      <div className="muted">
        {t('changedBy', { who: entry.actor?.fullName ?? '—', when: formatDateTime(entry.at) })}
      </div>
      {entry.note && <div className="journal-note">{entry.note}</div>}
      {Object.entries(entry.changes ?? {})
        .filter(([field]) => FIELD_LABEL[field])
        .map(([field, [before, after]]) => (
          <div key={field} className="muted">
            {t(FIELD_LABEL[field])}: {show(before)} → {show(after)}
          </div>
        ))}
    </div>
  );
}

/** The task's whole history, newest first. */
export function TaskHistory({ journal }: { journal: JournalEntry[] }) {
  return (
    <Timeline
      items={[...journal].reverse().map((entry) => ({
        key: entry.id,
        content: <JournalLine entry={entry} />,
      }))}
    />
  );
}
