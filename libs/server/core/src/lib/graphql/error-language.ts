import { Injectable } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphqlContext } from './graphql-context';

export type MessageLocale = 'FR' | 'EN';

/** Where a formatted error keeps its French message (a symbol: it never reaches the JSON sent). */
export const FRENCH_MESSAGE = Symbol('frenchMessage');

/** The language of an error from its Accept-Language header: French when `fr` comes before `en`. */
export function acceptedLocale(header: string | undefined): MessageLocale {
  const tags = (header ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
  const fr = tags.findIndex((tag) => tag.startsWith('fr'));
  const en = tags.findIndex((tag) => tag.startsWith('en'));
  return fr !== -1 && (en === -1 || fr < en) ? 'FR' : 'EN';
}

/**
 * The caller's language (FR/EN) for errors and messages: the member's locale when signed in (members registers the
 * reader), else Accept-Language. Only the message changes; `extensions.code` never does.
 */
@Injectable()
export class ErrorLanguage {
  private memberLocale: ((memberId: string) => Promise<MessageLocale>) | null = null;
  /** One look-up per request, however many fields and errors ask. */
  private readonly perRequest = new WeakMap<object, Promise<MessageLocale>>();

  useMemberLocales(reader: (memberId: string) => Promise<MessageLocale>): void {
    this.memberLocale = reader;
  }

  localeOf(context: GraphqlContext): Promise<MessageLocale> {
    let locale = this.perRequest.get(context.ctx);
    if (!locale) {
      const memberId = context.ctx.memberId;
      locale = memberId && this.memberLocale ? this.memberLocale(memberId) : Promise.resolve(acceptedLocale(context.req.headers['accept-language']));
      this.perRequest.set(context.ctx, locale);
    }
    return locale;
  }

  plugin(): ApolloServerPlugin<GraphqlContext> {
    return {
      requestDidStart: async () => ({
        willSendResponse: async ({ response, contextValue }) => {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult as { errors?: ReadonlyArray<GraphQLFormattedError & { [FRENCH_MESSAGE]?: string }> };
          if (!result.errors?.some((error) => error[FRENCH_MESSAGE])) return;
          if ((await this.localeOf(contextValue)) !== 'FR') return;
          result.errors = result.errors.map((error) => (error[FRENCH_MESSAGE] ? { ...error, message: error[FRENCH_MESSAGE] } : error));
        },
      }),
    };
  }
}
