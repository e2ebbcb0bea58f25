import { useCallback } from 'react';
import { useRouteLoaderData } from 'react-router';
import { graphql } from '../graphql-me';
import type { Locale, NotificationCadence } from '../graphql-me/graphql';
import { graphqlRequest } from '../lib/graphql-client';
import { LOCALE_COOKIE, useI18n, type AppLocale } from '../lib/i18n/i18n';
import { useMeT } from '../lib/i18n/me-i18n';
import { FieldError, MeField, MeForm } from './me-form';
import { MeScreen, meMeta, useMeData } from './me-screen';
import { MutedMembers } from './muted-members';
import { checkPreferences, PREFERENCE_FIELDS } from './preferences-check';

const MySettings = /* @__PURE__ */ graphql(`
  query MySettings {
    me {
      id
      locale
      notificationPreferences {
        cadence
        digestDay
        digestHour
        timezone
        weeklyContactBudget
        autoFollowOwn
        email
        mentions
        quietHours {
          from
          to
        }
      }
    }
  }
`);

const SetLocale = /* @__PURE__ */ graphql(`
  mutation SetLocale($input: SetLocaleInput!) {
    setLocale(input: $input) {
      id
      locale
    }
  }
`);

const UpdateNotificationPreferences = /* @__PURE__ */ graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      cadence
      digestDay
      digestHour
      timezone
      weeklyContactBudget
      autoFollowOwn
      email
      mentions
      quietHours {
        from
        to
      }
    }
  }
`);

const CADENCES: NotificationCadence[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];
const LOCALES: Locale[] = ['EN', 'FR'];
// ISO weekdays (1 = Monday); 1 January 2024 was a Monday, so day n of that month is ISO weekday n.
const DAYS = [1, 2, 3, 4, 5, 6, 7];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
/** Remembers the chosen language in the browser, so every page (rendered on the server) speaks it. */
function rememberLocale(locale: Locale): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${LOCALE_COOKIE}=${locale.toLowerCase()}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

export const meta = meMeta;

/** Journey 6 (settings) and the interface language: cadence, quiet hours, weekly contact budget, following one's own posts. */
export default function SettingsPage() {
  const t = useMeT();
  const { locale: pageLocale } = useI18n();
  const weekday = new Intl.DateTimeFormat(pageLocale, { weekday: 'long', timeZone: 'UTC' });
  const chosen = useRouteLoaderData<{ preference: AppLocale | null }>('root')?.preference;
  const load = useCallback(() => graphqlRequest(MySettings, {}).then((data) => data.me), []);
  const { data, setData, notice, setNotice } = useMeData(load);

  return (
    <MeScreen title="me.settings.title" notice={notice} loaded={Boolean(data)}>
      {() => {
        const prefs = data!.notificationPreferences!;
        // The browser's remembered choice, else the account's (null when never chosen), else the language the page speaks.
        const currentLocale = (chosen?.toUpperCase() as Locale | undefined) ?? data!.locale ?? (pageLocale.toUpperCase() as Locale);
        return (
          <>
            <MeForm
              id="language"
              fields={['locale']}
              submitLabel="me.save"
              submit={(values) => graphqlRequest(SetLocale, { input: { locale: values.locale as Locale } })}
              onDone={(result) => {
                rememberLocale(result.setLocale.locale ?? (pageLocale.toUpperCase() as Locale));
                // The server renders the page in the new language.
                window.location.reload();
              }}
            >
              {() => (
                <fieldset>
                  <legend>{t('me.settings.language')}</legend>
                  {LOCALES.map((locale) => (
                    <label key={locale} lang={locale.toLowerCase()}>
                      <input type="radio" name="locale" value={locale} defaultChecked={locale === currentLocale} /> {t(`me.settings.locale.${locale}`)}
                    </label>
                  ))}
                </fieldset>
              )}
            </MeForm>
            <h2>{t('me.settings.notifications')}</h2>
            <MeForm
              id="notification-preferences"
              fields={PREFERENCE_FIELDS}
              submitLabel="me.save"
              check={checkPreferences}
              submit={(values) => {
                const from = values.quietFrom.trim();
                const budget = values.weeklyContactBudget.trim();
                return graphqlRequest(UpdateNotificationPreferences, {
                  input: {
                    cadence: values.cadence as NotificationCadence,
                    digestDay: Number(values.digestDay),
                    digestHour: Number(values.digestHour),
                    timezone: values.timezone.trim(),
                    quietHours: from ? { from, to: values.quietTo.trim() } : null,
                    weeklyContactBudget: budget ? Number(budget) : null,
                    autoFollowOwn: values.autoFollowOwn === 'on',
                    email: values.email === 'on',
                    mentions: values.mentions === 'on',
                  },
                });
              }}
              onDone={(result) => {
                setData({ ...data!, notificationPreferences: result.updateNotificationPreferences });
                setNotice({ text: t('me.saved'), ok: true });
              }}
            >
              {(errorFor) => (
                <>
                  <label htmlFor="field-cadence">{t('me.settings.cadence')}</label>
                  <select id="field-cadence" name="cadence" defaultValue={prefs.cadence}>
                    {CADENCES.map((cadence) => (
                      <option key={cadence} value={cadence}>
                        {t(`me.settings.cadence.${cadence}`)}
                      </option>
                    ))}
                  </select>
                  <label htmlFor="field-digestDay">{t('me.settings.digestDay')}</label>
                  <select id="field-digestDay" name="digestDay" defaultValue={String(prefs.digestDay)}>
                    {DAYS.map((day) => (
                      <option key={day} value={day}>
                        {weekday.format(new Date(Date.UTC(2024, 0, day)))}
                      </option>
                    ))}
                  </select>
                  <label htmlFor="field-digestHour">{t('me.settings.digestHour')}</label>
                  <select id="field-digestHour" name="digestHour" defaultValue={String(prefs.digestHour)}>
                    {HOURS.map((hour) => (
                      <option key={hour} value={hour}>
                        {`${String(hour).padStart(2, '0')}:00`}
                      </option>
                    ))}
                  </select>
                  <fieldset className="stack">
                    <legend>{t('me.settings.quietHours')}</legend>
                    <p className="meta">
                      {t('me.settings.quietHint')}
                    </p>
                    <MeField name="quietFrom" label="me.settings.quietFrom" defaultValue={prefs.quietHours?.from ?? ''} error={errorFor('quietFrom')} />
                    <MeField name="quietTo" label="me.settings.quietTo" defaultValue={prefs.quietHours?.to ?? ''} error={errorFor('quietTo')} />
                  </fieldset>
                  <MeField name="timezone" label="me.settings.timezone" hint="me.settings.timezoneHint" defaultValue={prefs.timezone} error={errorFor('timezone')} />
                  <MeField
                    name="weeklyContactBudget"
                    label="me.settings.budget"
                    hint="me.settings.budgetHint"
                    inputMode="numeric"
                    defaultValue={prefs.weeklyContactBudget === null || prefs.weeklyContactBudget === undefined ? '' : String(prefs.weeklyContactBudget)}
                    error={errorFor('weeklyContactBudget')}
                  />
                  <label className="check">
                    <input type="checkbox" name="autoFollowOwn" defaultChecked={prefs.autoFollowOwn} /> {t('me.settings.autoFollowOwn')}
                  </label>
                  <label className="check">
                    <input type="checkbox" name="mentions" defaultChecked={prefs.mentions} /> {t('me.settings.mentions')}
                  </label>
                  <label className="check">
                    <input type="checkbox" name="email" defaultChecked={prefs.email} /> {t('me.settings.emailDigest')}
                  </label>
                  <FieldError id="field-email-error" error={errorFor('email')} />
                </>
              )}
            </MeForm>
            <MutedMembers />
          </>
        );
      }}
    </MeScreen>
  );
}
