// Generates typed documents into src/gql from the API's committed schema. Run from the repo root: `nx run web:codegen`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  // The override exists for generating against a draft schema before the API has written its own.
  schema: process.env.WEB_CODEGEN_SCHEMA ?? 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components read the fields they asked for directly; masking would add ceremony without a payoff yet.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        // DateTime travels as an ISO-8601 string.
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
