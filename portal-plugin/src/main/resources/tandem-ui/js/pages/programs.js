// Programs: the organization's mentoring programs and a form to open one.
import { h, fill } from '../dom.js';
import { t, date } from '../i18n.js';
import { dateInput, enc, errorNotice, field, notice, pickContext, select, table, today } from '../ui.js';

/** Core's kinds of mentoring (MentoringKind); a program combines one or more. */
export const KINDS = ['INDIVIDUAL', 'GROUP', 'NETWORK', 'VIRTUAL', 'REVERSE', 'SITUATIONAL', 'SPEED', 'TRADITIONAL'];

export async function render(view, app) {
  const { organization } = await pickContext(app, { withProgram: false });
  view.append(h('h1', {}, t('programs.title')), h('p', { class: 'page-intro' }, t('programs.intro')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const [{ programs }, { forms }, me] = await Promise.all([
    app.api.get(`organizations/${enc(organization)}/programs`),
    app.api.get('catalog'),
    app.api.get('me').catch(() => null),
  ]);

  view.append(h('section', { class: 'card', 'aria-labelledby': 'programs-heading' },
    h('h2', { id: 'programs-heading' }, t('programs.list', { count: programs.length })),
    table(t('programs.caption'), [
      { label: t('programs.col.title'), cell: (p) => p.title },
      { label: t('programs.col.form'), cell: (p) => p.form?.name || p.form?.code || '—' },
      { label: t('programs.col.kinds'), cell: (p) => (p.kinds || []).map((k) => t(`kind.${k}`)).join(', ') || '—' },
      { label: t('programs.col.period'), cell: (p) => `${date(p.start)} – ${date(p.end)}` },
      { label: t('programs.col.curator'), cell: (p) => (p.curator === me?.person ? `${me.name || p.curator}` : p.curator || '—') },
      { label: t('common.open'), rowHeader: false, cell: (p) => h('a', {
        href: '#/matching', 'aria-label': t('programs.matchFor', { title: p.title }),
        onclick: () => app.remember('program', p.id) }, t('programs.match')) },
    ], programs, { empty: t('programs.empty'), rowAttrs: (p) => ({ 'data-program': p.id }), captionHidden: true })),
  openForm(app, organization, forms, me));
}

function openForm(app, organization, forms, me) {
  const errors = h('div');
  const title = h('input', { name: 'title', required: true, autocomplete: 'off', size: 40 });
  const form = select(forms.map((f) => [f.code, f.name]), forms[0]?.code, { name: 'form', required: true });
  const kinds = h('fieldset', {},
    h('legend', {}, t('programs.kinds')),
    h('div', { class: 'choices' }, KINDS.map((kind) => h('label', {},
      h('input', { type: 'checkbox', name: 'kinds', value: kind, checked: kind === 'INDIVIDUAL' }), t(`kind.${kind}`)))));
  const start = dateInput(today(), { name: 'start', required: true });
  const end = h('input', { type: 'date', name: 'end', required: true }); // no default: dateInput would put today
  const curator = h('input', { name: 'curator', required: true, autocomplete: 'off', value: me?.person || '' });
  const element = h('form', { class: 'card stack', id: 'program-form', 'aria-labelledby': 'program-form-heading' },
    h('h2', { id: 'program-form-heading' }, t('programs.open')),
    h('div', { class: 'row' }, field(t('programs.col.title'), title), field(t('programs.col.form'), form)),
    kinds,
    h('div', { class: 'row' },
      field(t('programs.start'), start), field(t('programs.end'), end),
      field(t('programs.col.curator'), curator, me?.name ? t('programs.curatorHint', { name: me.name }) : t('programs.curatorHintId'))),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, t('programs.submit'))), errors);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    fill(errors);
    const chosen = [...element.querySelectorAll('input[name="kinds"]:checked')].map((box) => box.value);
    if (!chosen.length) { fill(errors, notice('bad', t('programs.noKind'))); return; }
    const submit = element.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const program = await app.api.post(`organizations/${enc(organization)}/programs`, {
        title: title.value.trim(), form: form.value, kinds: chosen, start: start.value, end: end.value || null,
        curator: curator.value.trim() || null,
      });
      app.remember('program', program.id);
      app.toast(t('programs.opened', { title: program.title }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (error) {
      fill(errors, errorNotice(error));
    } finally {
      submit.disabled = false;
    }
  });
  return element;
}
