// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, FALLBACK_LANGUAGE } from '../../src/i18n/languages';

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

function read(language: string, namespace: string): Map<string, string> | undefined {
  try {
    return flatten(JSON.parse(readFileSync(new URL(`${language}/${namespace}.json`, LOCALES), 'utf8')) as Tree);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Plural keys by base key (with the forms present); other keys as themselves. */
function byBaseKey(keys: Map<string, string>): Map<string, Set<string> | null> {
  const bases = new Map<string, Set<string> | null>();
  for (const key of keys.keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (!plural) {
      bases.set(key, null);
      continue;
    }
    const base = key.slice(0, plural.index);
    const forms = bases.get(base) ?? new Set<string>();
    forms.add(plural[1] as string);
    bases.set(base, forms);
  }
  return bases;
}

function problems(language: string, namespace: string): string[] {
  const english = byBaseKey(read(FALLBACK_LANGUAGE, namespace) ?? new Map());
  const other = read(language, namespace);
  if (!other) return [`${language}/${namespace}.json is missing`];
  const translated = byBaseKey(other);
  const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const found: string[] = [];
  for (const [key, forms] of english) {
    if (!translated.has(key)) found.push(`${language}/${namespace}: missing ${key}`);
    else if (forms) {
      const have = translated.get(key);
      for (const form of needed) if (!have?.has(form)) found.push(`${language}/${namespace}: ${key} lacks plural form ${form}`);
    }
  }
  for (const key of translated.keys()) if (!english.has(key)) found.push(`${language}/${namespace}: ${key} is not in English`);
  for (const [key, text] of other) if (text.trim() === '') found.push(`${language}/${namespace}: ${key} is empty`);
  return found;
}

const namespaces = readdirSync(new URL(`${FALLBACK_LANGUAGE}/`, LOCALES))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));
const translations = LANGUAGES.map((language) => language.code).filter((code) => code !== FALLBACK_LANGUAGE);

describe('locale files', () => {
  it('cover English, Arabic and Spanish', () => {
    expect(LANGUAGES.map((language) => language.code).sort()).toEqual(['ar', 'en', 'es']);
    expect(namespaces).toContain('app');
  });

  it('have no namespace that English lacks', () => {
    for (const language of translations) {
      const files = readdirSync(new URL(`${language}/`, LOCALES)).map((file) => file.replace(/\.json$/, ''));
      expect(files.filter((namespace) => !namespaces.includes(namespace)), language).toEqual([]);
    }
  });

  describe.each(translations)('%s', (language) => {
    it.each(namespaces)('has exactly the keys of English in %s, with every plural form of the language', (namespace) => {
      expect(problems(language, namespace)).toEqual([]);
    });
  });

  it('keep the interpolations of English', () => {
    const found: string[] = [];
    const variables = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();
    for (const namespace of namespaces) {
      const english = read(FALLBACK_LANGUAGE, namespace) ?? new Map<string, string>();
      const englishByBase = new Map<string, string[]>();
      for (const [key, text] of english) englishByBase.set(key.replace(PLURAL_SUFFIX, ''), variables(text).filter((name) => name !== 'count'));
      for (const language of translations) {
        for (const [key, text] of read(language, namespace) ?? new Map<string, string>()) {
          const expected = englishByBase.get(key.replace(PLURAL_SUFFIX, ''));
          const got = variables(text).filter((name) => name !== 'count');
          if (expected && JSON.stringify(got) !== JSON.stringify(expected)) found.push(`${language}/${namespace}: ${key} has {{${got.join(', ')}}}, English {{${expected.join(', ')}}}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
