/** Hands the open database and its repositories to the React tree. */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createRepositories, type Repositories } from './repositories';
import type { StudioDb } from './schema';

interface Workspace {
  readonly db: StudioDb;
  readonly repositories: Repositories;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ db, children }: { db: StudioDb; children: ReactNode }) {
  const value = useMemo(() => ({ db, repositories: createRepositories(db) }), [db]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
