// Runs the TypeScript sources directly (node -r this-file apps/worker/src/main.ts): swc compiles
// each .ts file on load with decorator metadata (which Nest's injection needs and esbuild/tsx lack),
// and @dondoc/* resolves to libs/*/src. For tests and the benchmark; production runs the nest build.
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');
const { register } = require('tsconfig-paths');

const root = resolve(__dirname, '../../..');
register({ baseUrl: root, paths: { '@dondoc/*': ['libs/*/src'] } });

require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
