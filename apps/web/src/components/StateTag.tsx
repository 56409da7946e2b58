import { Tag } from 'antd';
import type { TaskState } from '../api/models';
import { useT } from '../i18n/i18n';

const COLOR: Record<TaskState, string> = {
  new: 'default',
  in_progress: 'processing',
  awaiting_confirmation: 'gold',
  done: 'success',
  paused: 'purple',
  returned: 'magenta',
  cancelled: 'default',
};

export function StateTag({ state }: { state: TaskState }) {
  const t = useT();
  return (
    <Tag color={COLOR[state]} data-state={state}>
      {t(`state_${state}`)}
    </Tag>
  );
}
