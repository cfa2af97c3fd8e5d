/** A workshop's tabs are part of its address (`#/workshops/<id>?view=run`). */
import { hrefOf } from './router';

export const workshopViews = ['plan', 'participants', 'run', 'report'] as const;
export type WorkshopView = (typeof workshopViews)[number];

export function workshopViewOf(value: string | undefined): WorkshopView {
  return workshopViews.find((view) => view === value) ?? 'plan';
}

export function workshopHref(id: string, view: WorkshopView | 'present'): string {
  return hrefOf('workshops', id, undefined, { view });
}
