/**
 * Packages that reach the app outside the Exchange page: dropped anywhere on the window, or (on
 * the desktop) opened from the file manager. Both are offered to the Exchange page's preview.
 */
import { useEffect } from 'react';
import { hrefOf } from '../../routing/router';
import { getHost } from '../../host';
import { useStudioStore } from '../../state/store';

/** The first `.mcpkg` file of a drop, if any. */
export function packageFileOf(transfer: DataTransfer | null): File | undefined {
  return Array.from(transfer?.files ?? []).find((file) =>
    file.name.toLowerCase().endsWith('.mcpkg'),
  );
}

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Window-wide: a dropped package opens the Exchange page with its preview. */
export function usePackageIntake(): void {
  const offerPackage = useStudioStore((state) => state.offerPackage);
  useEffect(() => {
    const offer = (name: string, bytes: Uint8Array) => {
      offerPackage({ name, bytes });
      window.location.hash = hrefOf('exchange');
    };
    const onDragOver = (event: DragEvent) => {
      // Without this the browser would open the dropped file in place of the app.
      if (carriesFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented || !carriesFiles(event)) return;
      event.preventDefault();
      const file = packageFileOf(event.dataTransfer);
      if (file) void file.arrayBuffer().then((buffer) => offer(file.name, new Uint8Array(buffer)));
    };
    const collectOpened = () => {
      getHost()
        .takeOpenedPackages({})
        .then((files) => {
          const [first] = files;
          if (first) offer(first.name, first.data);
        })
        .catch(() => undefined);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('focus', collectOpened);
    collectOpened();
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('focus', collectOpened);
    };
  }, [offerPackage]);
}
