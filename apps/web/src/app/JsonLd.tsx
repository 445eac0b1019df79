// Structured data for search engines: one <script type="application/ld+json">, typed with schema-dts.
import type { Thing, WithContext } from 'schema-dts';

/** JSON that is safe inside a <script> element: "</script>" and "<!--" cannot close or confuse it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
