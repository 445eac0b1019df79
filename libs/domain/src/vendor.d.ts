// Type declarations for the sentiment packages that ship none (only what sentiment.ts uses).
declare module '@nlpjs/core' {
  export class Container {
    use(plugin: unknown): void;
  }
}
declare module '@nlpjs/sentiment' {
  export class SentimentAnalyzer {
    constructor(settings: { container: unknown });
    process(input: { locale: string; text: string }): Promise<{
      sentiment: { score: number; average: number; numWords: number; numHits: number };
    }>;
  }
}
declare module '@nlpjs/lang-ru' {
  export const LangRu: unknown;
}
declare module '@nlpjs/lang-sl' {
  export const LangSl: unknown;
}
