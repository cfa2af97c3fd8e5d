/**
 * After an awaited save, empties a field only if it still holds what was saved: what the user
 * typed while the save was on its way (the next reading, the next signatory) is kept, not wiped.
 */
import type { Dispatch, SetStateAction } from 'react';

export function clearIfUnchanged(set: Dispatch<SetStateAction<string>>, saved: string): void {
  set((current) => (current === saved ? '' : current));
}
