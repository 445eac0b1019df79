// Words every error of a GraphQL response in the request's language (the account's, the visitor's cookie, the
// browser's, else the community's). extensions.code and everything else stay as they were.
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../common/context';
import { WORDING, type WordedError } from '../common/format-error';
import { requestLocale, type Locale } from './locales';
import { translate } from './translate';

export function i18nPlugin(communityDefault: () => Locale): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors as WordedError[] | undefined;
          if (!errors?.length) return;
          const locale = requestLocale(contextValue.req, contextValue.viewer?.account, communityDefault());
          if (locale === 'en') return;
          for (const error of errors) {
            const wording = error[WORDING];
            if (!wording) continue;
            const fields = error.extensions?.fields;
            if (wording.fields && Array.isArray(fields)) {
              const worded = wording.fields.map((m) => translate(locale, m));
              (error.extensions as Record<string, unknown>).fields = fields.map((f: object, i: number) => ({
                ...f,
                message: worded[i],
              }));
              (error as { message: string }).message = worded.join(' ');
            } else {
              (error as { message: string }).message = translate(locale, wording.message);
            }
          }
        },
      };
    },
  };
}
