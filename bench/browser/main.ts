/** Entry of the benchmark page: exposes the benchmarks to the Node driver (scripts/bench.mjs). */
import { benchExportPackage, benchImportPackage } from './exchange.bench';
import type { Comparison } from './harness';
import { benchImport } from './import.bench';
import { benchLoadSample } from './load-sample.bench';
import { seedAppDatabase } from './seed';

const benchmarks: Record<string, () => Promise<Comparison>> = {
  'load-sample': () => benchLoadSample(),
  'import-csv': () => benchImport(),
  'import-csv-1252': () => benchImport(3, 'windows-1252'),
  'export-package': () => benchExportPackage(),
  'import-package': () => benchImportPackage(),
};

declare global {
  interface Window {
    mcsBench: {
      names: string[];
      run: (name: string) => Promise<Comparison>;
      seed: (organisations: number) => Promise<number>;
    };
  }
}

window.mcsBench = {
  names: Object.keys(benchmarks),
  seed: seedAppDatabase,
  run: async (name) => {
    const benchmark = benchmarks[name];
    if (!benchmark) throw new Error(`No benchmark ${name}`);
    return benchmark();
  },
};
document.getElementById('status')!.textContent = 'ready';
