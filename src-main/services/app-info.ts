/** The desktop host's description of itself, shown on the About / Settings page. */
import type { AppInfo } from '../../src-core/host/contract';

export type AppInfoInput = {
  name: string;
  version: string;
  platform: NodeJS.Platform;
  arch: string;
  backupsFolder: string;
};

const platformNames: Partial<Record<NodeJS.Platform, string>> = {
  win32: 'Windows',
  darwin: 'macOS',
  linux: 'Linux',
};

export function describePlatform(platform: NodeJS.Platform, arch: string): string {
  return `${platformNames[platform] ?? platform} (${arch})`;
}

export function buildAppInfo(input: AppInfoInput): AppInfo {
  return {
    name: input.name,
    version: input.version,
    host: 'electron',
    platform: describePlatform(input.platform, input.arch),
    backupLocation: input.backupsFolder,
  };
}
