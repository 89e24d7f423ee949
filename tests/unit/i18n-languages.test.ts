import { afterEach, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { languageFor, pickLanguage } from '../../src/i18n/languages';
import { setUpI18n } from '../../src/i18n/setup';

describe('the first language comes from the browser', () => {
  it('takes the first of the browser languages the app speaks', () => {
    expect(pickLanguage(['ar-EG', 'en-GB'])).toBe('ar');
    expect(pickLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(pickLanguage(['en-US', 'ar'])).toBe('en');
  });

  it('falls back to English when the browser speaks none of them', () => {
    expect(pickLanguage(['fr', 'de-AT'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('direction per language', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.dir = 'ltr';
  });

  it('knows Arabic is right to left and English and Spanish left to right', () => {
    expect(languageFor('ar').dir).toBe('rtl');
    expect(languageFor('ar-SA').dir).toBe('rtl');
    expect(languageFor('en').dir).toBe('ltr');
    expect(languageFor('es-419').dir).toBe('ltr');
  });

  it('sets lang and dir on <html> at start and on every switch', async () => {
    const i18n = await setUpI18n('ar', i18next.createInstance());
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.title).toBe('حقيقة · ادعاء · رأي');
    expect(i18n.t('play.next')).toBe('التالي');

    await i18n.changeLanguage('es');
    expect(document.documentElement.lang).toBe('es');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Hecho · Afirmación · Opinión');
    expect(i18n.t('play.next')).toBe('Siguiente');

    await i18n.changeLanguage('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(i18n.t('play.next')).toBe('Next');
  });
});

describe('plurals follow each language’s rules', () => {
  it('uses all six Arabic forms', async () => {
    const i18n = await setUpI18n('ar', i18next.createInstance());
    const statements = (count: number) => i18n.t('home.statements', { count });
    expect(statements(0)).toBe('لا توجد عبارات');
    expect(statements(1)).toBe('عبارة واحدة');
    expect(statements(2)).toBe('عبارتان');
    expect(statements(3)).toBe('3 عبارات');
    expect(statements(10)).toBe('10 عبارات');
    expect(statements(11)).toBe('11 عبارة');
    expect(statements(99)).toBe('99 عبارة');
    expect(statements(100)).toBe('100 عبارة');
    await i18n.loadNamespaces('summary');
    expect(i18n.t('summary:missed', { count: 2 })).toBe('فاتتك عبارتان');
    expect(i18n.t('summary:missed', { count: 0 })).toBe('لم تفُتك أي عبارة');
  });

  it('uses one and other in Spanish and English', async () => {
    const i18n = await setUpI18n('es', i18next.createInstance());
    expect(i18n.t('home.statements', { count: 1 })).toBe('1 enunciado');
    expect(i18n.t('home.statements', { count: 12 })).toBe('12 enunciados');
    await i18n.changeLanguage('en');
    expect(i18n.t('home.statements', { count: 1 })).toBe('1 statement');
    expect(i18n.t('home.statements', { count: 0 })).toBe('0 statements');
  });
});

describe('missing keys', () => {
  it('fall back to English', async () => {
    const i18n = await setUpI18n('ar', i18next.createInstance());
    i18n.addResource('en', 'app', 'onlyInEnglish', 'Only in English');
    expect(i18n.t('onlyInEnglish')).toBe('Only in English');
  });
});

describe('numbers in strings', () => {
  it('are written through Intl in the current language', async () => {
    const i18n = await setUpI18n('en', i18next.createInstance());
    expect(i18n.t('play.counter', { current: 1200, total: 1500 })).toBe('Statement 1,200 of 1,500');
    await i18n.changeLanguage('es');
    expect(i18n.t('play.counter', { current: 3, total: 12500 })).toBe(`Enunciado 3 de ${new Intl.NumberFormat('es').format(12500)}`);
    await i18n.changeLanguage('ar');
    expect(i18n.t('play.counter', { current: 3, total: 12 })).toBe(`العبارة ${new Intl.NumberFormat('ar').format(3)} من ${new Intl.NumberFormat('ar').format(12)}`);
  });
});
