// The curator UI's shell: navigation by hash, the language switch, the toast, and the page modules.
import { api } from './api.js';
import { h, fill } from './dom.js';
import { t, setLanguage, storedLanguage, language, onLanguageChange } from './i18n.js';
import { errorNotice } from './ui.js';

const PAGES = ['participants', 'import', 'programs', 'matching', 'mentorships', 'roadmap', 'dashboard', 'organization'];
const DEFAULT_PAGE = 'participants';

const main = document.getElementById('main');
const contextBar = document.getElementById('context-bar');
const toastBox = document.getElementById('toast');
let renderCount = 0;
let toastTimer;

/** What pages share: the API, the toast, navigation and state kept across pages (the chosen program, ...). */
const app = {
  api,
  state: JSON.parse(sessionStorage.getItem('tandem.state') || '{}'),
  remember(key, value) {
    this.state[key] = value;
    sessionStorage.setItem('tandem.state', JSON.stringify(this.state));
  },
  toast(message, kind = 'ok') {
    toastBox.textContent = message;
    toastBox.className = `toast visible ${kind}`;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toastBox.className = 'toast'; }, 4000);
  },
  navigate(page, params = {}) {
    const query = new URLSearchParams(params).toString();
    location.hash = `#/${page}${query ? `?${query}` : ''}`;
  },
  contextBar,
};

function route() {
  const [path, query] = location.hash.replace(/^#\/?/, '').split('?');
  const page = PAGES.includes(path) ? path : DEFAULT_PAGE;
  return { page, params: Object.fromEntries(new URLSearchParams(query || '')) };
}

async function render({ focus = true } = {}) {
  const { page, params } = route();
  const count = ++renderCount;
  for (const link of document.querySelectorAll('[data-route]')) {
    if (link.dataset.route === page) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  fill(contextBar);
  fill(main, h('p', { class: 'loading', text: t('common.loading') }));
  main.setAttribute('aria-busy', 'true');
  try {
    const module = await import(`./pages/${page}.js`);
    if (count !== renderCount) return;
    const view = h('div', { class: 'page', 'data-page': page });
    await module.render(view, { ...app, params, isCurrent: () => count === renderCount });
    if (count !== renderCount) return;
    fill(main, view);
    document.title = `${view.querySelector('h1')?.textContent || ''} · ${t('app.title')}`;
    if (focus) main.focus({ preventScroll: true });
  } catch (error) {
    if (count !== renderCount) return;
    console.error(error);
    fill(main, h('h1', { text: t('common.error.title') }), errorNotice(error));
  } finally {
    if (count === renderCount) main.setAttribute('aria-busy', 'false');
  }
}

function markLanguageButtons() {
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  }
}

async function start() {
  let initial = storedLanguage();
  if (!initial) {
    try {
      const health = await api.get('health');
      initial = health?.locale === 'en' ? 'en' : 'ru';
    } catch {
      initial = 'ru';
    }
  }
  setLanguage(initial, { remember: false });
  markLanguageButtons();
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      if (button.dataset.lang !== language()) setLanguage(button.dataset.lang);
    });
  }
  onLanguageChange(() => {
    markLanguageButtons();
    render({ focus: false });
  });
  window.addEventListener('hashchange', () => render());
  await render({ focus: false });
  document.body.dataset.ready = 'true';
}

start();
