// Types for scripts/mcs-build.mjs, so the test that runs the bundled mcs can import it.
import type { BuildOptions } from 'esbuild';

/** esbuild's options for the `mcs` bundle (`root`: the repository; `outfile`: where it goes). */
export declare function mcsBuildOptions(root: string, outfile: string): BuildOptions;
