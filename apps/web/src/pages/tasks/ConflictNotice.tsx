import { Alert } from 'antd';
import type { TaskDetail } from '../../api/models';
import { useT } from '../../i18n/i18n';
import type { Conflict } from './useTask';
import { JournalLine } from './TaskHistory';

/** A stale edit: who changed the task since the person loaded it, and how. */
export function ConflictNotice({ conflict, task }: { conflict: Conflict; task: TaskDetail }) {
  const t = useT();
  const newer = task.journal.filter((j) => (j.taskVersion ?? 0) > conflict.yourVersion);
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      className="conflict-notice"
      title={t('conflictTitle')}
      description={
        <>
          <p>{t('conflictBody', { yours: conflict.yourVersion, current: task.version })}</p>
          <ul className="conflict-changes">
            {newer.map((j) => (
              <li key={j.id}>
                <JournalLine entry={j} />
              </li>
            ))}
          </ul>
        </>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
