/** App info from the host (version, desktop or browser, where backups live). */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../src-core/host/contract';
import { getHost } from '../../host';

export function useHostInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void getHost()
      .appInfo({})
      .then((value) => {
        if (isCurrent) setInfo(value);
      });
    return () => {
      isCurrent = false;
    };
  }, []);
  return info;
}
