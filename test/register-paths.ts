// Jest runs globalSetup/globalTeardown outside its module mapper, so they register the @dondoc/* aliases here first.
import { resolve } from 'node:path';
import { register } from 'tsconfig-paths';

register({ baseUrl: resolve(__dirname, '..'), paths: { '@dondoc/*': ['libs/*/src'] } });
