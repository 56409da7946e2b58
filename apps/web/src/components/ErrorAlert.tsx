import { Alert, Button } from 'antd';
import { ApiError } from '../api/errors';
import { useT } from '../i18n/i18n';

/** A failed load: the API's own message (it says what to do), and a retry. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  const notYet = error instanceof ApiError && error.status === 404 && error.code === 'NOT_FOUND';
  return (
    <Alert
      type={notYet ? 'warning' : 'error'}
      showIcon
      title={notYet ? t('pendingApi') : t('errorTitle')}
      description={error instanceof Error ? error.message : JSON.stringify(error)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
