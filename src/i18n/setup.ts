import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/app.json';
import { FALLBACK_LANGUAGE, languageFor } from './languages';
import { intlFormatter, prepareNumberFormat } from './intl-formatter';

const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>(['./locales/*/*.json', '!./locales/en/app.json']);

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = localeFiles[`./locales/${language}/${namespace}.json`];
    if (!load) {
      done(null, {});
      return;
    }
    load().then(
      (module) => done(null, module.default),
      (error: Error) => done(error, null),
    );
  },
};

export const NAMESPACES = ['app'] as const;

export async function setUpI18n(language: string, instance: i18n = i18next.createInstance()): Promise<i18n> {
  await instance
    .use(lazyLocales)
    .use(intlFormatter)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      ns: [...NAMESPACES],
      defaultNS: 'app',
      partialBundledLanguages: true,
      resources: { [FALLBACK_LANGUAGE]: { app: en } },
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnNull: false,
    });
  const applyLanguage = (code: string) => {
    applyDocumentLanguage(code);
    document.title = instance.t('app.name');
  };
  applyLanguage(instance.language);
  instance.on('languageChanged', applyLanguage);
  prepareNumberFormat(instance.language);
  return instance;
}

export function applyDocumentLanguage(code: string): void {
  const language = languageFor(code);
  document.documentElement.lang = language.code;
  document.documentElement.dir = language.dir;
}
