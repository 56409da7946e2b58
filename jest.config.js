// Two projects: `unit` runs the *.spec.ts files that sit beside the code (no I/O),
// `e2e` runs test/**/*.e2e-spec.ts against the real PostgreSQL and Redis.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const libs = [
  'core',
  'calendar',
  'organizations',
  'users',
  'directives',
  'tasks',
  'reports',
  'extraction',
  'notifications',
  'queue',
  'testing',
  'schema',
];
const moduleNameMapper = Object.fromEntries(
  libs.map((lib) => [`^@dondoc/${lib}$`, `<rootDir>/libs/${lib}/src`]),
);

const common = {
  rootDir: __dirname,
  // Nest 12 ships ES modules only. Node 20 loads them through require(esm), but Jest's own module
  // loader cannot before Node 24.9, so Jest compiles @nestjs/* to CommonJS with the same swc transform.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/)'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  // A global option (Jest ignores it inside a project): e2e tests start a Nest app and a database copy.
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/{api,worker}/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
