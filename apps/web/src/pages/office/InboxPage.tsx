import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/i18n';
import { AwaitingConfirmation } from './AwaitingConfirmation';
import { PendingExtensions } from './PendingExtensions';

/** The office's to-do: completions to confirm or return, extension requests to decide. */
export default function InboxPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  return (
    <div>
      <Typography.Title level={3}>{t('nav_inbox')}</Typography.Title>
      <Tabs
        activeKey={params.get('tab') ?? 'done'}
        onChange={(tab) => setParams({ tab }, { replace: true })}
        items={[
          { key: 'done', label: t('awaitingConfirmation'), children: <AwaitingConfirmation /> },
          { key: 'extensions', label: t('pendingExtensions'), children: <PendingExtensions /> },
        ]}
      />
    </div>
  );
}
