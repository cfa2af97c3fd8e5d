// How the coordinators' command-line tool (package.json "bin": mcs) is bundled: one ES module
// (it checks import.meta.url to know it was run directly) with every dependency inside. Bundled
// CommonJS packages (yauzl) call `require` for Node's own modules, which an ES module lacks: the
// banner gives it one. Shared by build-main.mjs and the test that runs the bundle.
export function mcsBuildOptions(root, outfile) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: [],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    entryPoints: ['src-main/cli/mcs.ts'],
    outfile,
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __mcsCreateRequire } from 'node:module';",
        'const require = __mcsCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  };
}
