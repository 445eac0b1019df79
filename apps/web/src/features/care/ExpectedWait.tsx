// "Expected wait for an official answer": the category's median first-response time over recent weeks.
import { useQuery } from '@apollo/client/react';
import { CategoryWaitsDocument } from './care.documents';
import { useT } from '../../i18n/I18n';
import { useFormatMinutes } from './format';
import './care.css';

/** Pass the category's id or slug; renders nothing while loading or when the category is unknown. */
export function ExpectedWait({ category }: { category?: string | null }) {
  const t = useT();
  const formatMinutes = useFormatMinutes();
  const { data } = useQuery(CategoryWaitsDocument, { skip: !category });
  const found = data?.categories.find((c) => c.id === category || c.slug === category);
  if (!found) return null;
  const { minutes } = found.expectedWait;
  return (
    <p className="expected-wait" data-testid="expected-wait">
      {/* An SVG, not the ⏱ emoji: without an emoji font that renders as a missing glyph. */}
      <svg className="expected-wait__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.75" />
        <path
          d="M10 7.5V11l2.5 1.5M8 2.5h4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
        />
      </svg>
      {minutes == null
        ? t('care.expectedWait.unknown')
        : t('care.expectedWait.about', { time: formatMinutes(Math.max(1, minutes)) })}
    </p>
  );
}
