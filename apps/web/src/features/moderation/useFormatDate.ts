// Dates in moderation notices and the audit log, in the page's language. Until the page is hydrated they are
// written for UTC (the server's view), so the first browser render matches the server's HTML; then in the
// reader's own time zone.
import { useHydrated } from '../../app/render-environment';
import { useIntl } from '../../i18n/I18n';

export function useFormatDate(): (iso: string, options?: Intl.DateTimeFormatOptions) => string {
  const intl = useIntl();
  const hydrated = useHydrated();
  return (iso, options = { dateStyle: 'medium', timeStyle: 'short' }) =>
    intl.formatDate(iso, hydrated ? options : { ...options, timeZone: 'UTC' });
}
