/** The notice area: polite live region for confirmations, assertive for errors. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudioStore } from '../state/store';
import type { Notice } from '../state/slices/notices';

const NOTICE_MS = 8000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useStudioStore((state) => state.dismissNotice);
  useEffect(() => {
    if (notice.tone === 'error') return undefined;
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, dismiss]);
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            notice.action?.run();
            dismiss(notice.id);
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="notice-close"
        aria-label={t('common.dismiss')}
        onClick={() => dismiss(notice.id)}
      >
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useStudioStore((state) => state.notices);
  return (
    <div className="notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
