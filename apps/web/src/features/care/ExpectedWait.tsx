// "Expected wait for an official answer": the category's median first-response time over recent weeks.
import { useQuery } from '@apollo/client/react';
import { CategoryWaitsDocument } from './care.documents';
import { formatMinutes } from './format';
import './care.css';

/** Pass the category's id or slug; renders nothing while loading or when the category is unknown. */
export function ExpectedWait({ category }: { category?: string | null }) {
  const { data } = useQuery(CategoryWaitsDocument, { skip: !category });
  const found = data?.categories.find((c) => c.id === category || c.slug === category);
  if (!found) return null;
  const { minutes } = found.expectedWait;
  return (
    <p className="expected-wait" data-testid="expected-wait">
      <span aria-hidden="true">⏱ </span>
      {minutes == null
        ? 'Expected wait for an official answer: not enough recent questions to say yet.'
        : `Expected wait for an official answer: about ${formatMinutes(Math.max(1, minutes))}.`}
    </p>
  );
}
