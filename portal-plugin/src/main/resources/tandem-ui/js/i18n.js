// The UI's language: all texts come from the two message tables in messages.js.
import { messages } from './messages.js';

const STORAGE_KEY = 'tandem.lang';
const listeners = new Set();
let current = 'ru';

export const LANGUAGES = Object.keys(messages);

export function language() {
  return current;
}

/** The language kept from the last visit, if any. */
export function storedLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function setLanguage(lang, { remember = true } = {}) {
  if (!LANGUAGES.includes(lang)) return;
  current = lang;
  if (remember) {
    try { localStorage.setItem(STORAGE_KEY, lang); } catch { /* private mode */ }
  }
  document.documentElement.lang = lang;
  document.title = t('app.title');
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  }
  for (const listener of listeners) listener(lang);
}

export function onLanguageChange(listener) {
  listeners.add(listener);
}

/** The text of `key` in the current language, `{name}` replaced by `params.name`; the key itself if missing. */
export function t(key, params = {}) {
  const table = messages[current];
  let text = table[key] ?? messages.ru[key];
  if (text === undefined) {
    console.warn('missing message', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** A number in the current language's format. */
export function num(value, options = {}) {
  return new Intl.NumberFormat(current === 'ru' ? 'ru-RU' : 'en-GB', options).format(value);
}

/** An ISO date (yyyy-mm-dd) in the current language's format; empty for none. */
export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(current === 'ru' ? 'ru-RU' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}
