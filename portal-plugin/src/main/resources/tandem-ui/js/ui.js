// Widgets the pages share: notices, badges, fields, tables, the organization and program pickers.
import { h, fill, uid } from './dom.js';
import { t, date } from './i18n.js';

/** A notice with an API error's message (already in the user's language) or a generic one. */
export function errorNotice(error) {
  if (error?.status === 401) return h('div', { class: 'notice bad', role: 'alert' }, t('common.error.unauthenticated'));
  if (error?.status === 403) {
    return h('div', { class: 'notice bad', role: 'alert' }, h('p', {}, error.message), h('p', { class: 'small' }, t('common.error.forbidden')));
  }
  const message = error?.status ? error.message : t('common.error.network');
  return h('div', { class: 'notice bad', role: 'alert' }, message);
}

export function notice(kind, ...children) {
  return h('div', { class: `notice ${kind}`, role: kind === 'bad' ? 'alert' : 'status' }, ...children);
}

export function badge(kind, text) {
  return h('span', { class: `badge ${kind}` }, text);
}

/** A labelled control: `control` is an input/select/textarea element; its id is set when missing. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = uid('f');
  const hintId = hint ? uid('hint') : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' },
    h('label', { for: control.id }, labelText),
    control,
    hint ? h('span', { id: hintId, class: 'muted small' }, hint) : null);
}

export function select(options, value, attrs = {}) {
  return h('select', attrs, options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
}

export function dateInput(value, attrs = {}) {
  return h('input', { type: 'date', value: value || today(), ...attrs });
}

export function today() {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 10);
}

/**
 * A table with a caption and column headers: `columns` are [{label, className, cell(row) -> node|string}],
 * `rowAttrs(row)` optional attributes per row; an empty text when there are no rows.
 */
export function table(caption, columns, rows, { empty, rowAttrs, captionHidden = false } = {}) {
  if (!rows.length && empty) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', { class: captionHidden ? 'visually-hidden' : null }, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.className }, c.label)))),
      h('tbody', {}, rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : {},
        columns.map((c, i) => (i === 0 && c.rowHeader !== false
          ? h('th', { scope: 'row', class: c.className }, c.cell(row))
          : h('td', { class: c.className }, c.cell(row)))))))));
}

/** A button that disables itself while `action` runs, shows failures in the toast and returns its promise. */
export function actionButton(text, action, attrs = {}, app) {
  const button = h('button', { type: 'button', ...attrs }, text);
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await action();
    } catch (error) {
      console.error(error);
      app?.toast(error?.status ? error.message : t('common.error.network'), 'bad');
    } finally {
      button.disabled = false;
    }
  });
  return button;
}

/** Runs a form's submit handler with its submit button disabled; failures go to `errorBox`. */
export function onSubmit(form, handler, errorBox) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const submit = form.querySelector('[type="submit"]');
    if (submit) submit.disabled = true;
    if (errorBox) fill(errorBox);
    try {
      await handler(new FormData(form));
    } catch (error) {
      console.error(error);
      if (errorBox) fill(errorBox, errorNotice(error));
    } finally {
      if (submit) submit.disabled = false;
    }
  });
  return form;
}

export function name(ref) {
  return ref?.name || ref?.id || '—';
}

export function names(refs) {
  return (refs || []).map(name).join(', ');
}

export function dateOrDash(iso) {
  return iso ? date(iso) : '—';
}

export function percent(share) {
  return `${Math.round((share || 0) * 100)}%`;
}

/**
 * The organization and (when `withProgram`) program pickers in the context bar; resolves to
 * {organization, program, organizations, programs} with the choice kept in app.state.
 */
export async function pickContext(app, { withProgram = true } = {}) {
  const { organizations } = await app.api.get('organizations');
  const bar = app.contextBar;
  fill(bar);
  if (!organizations.length) {
    return { organization: null, program: null, organizations, programs: [] };
  }
  let organization = organizations.find((o) => o.id === app.state.organization)?.id;
  if (!organization) {
    const me = await app.api.get('me').catch(() => null);
    const own = (me?.roles || []).map((r) => r.organization).find((id) => organizations.some((o) => o.id === id));
    organization = own || organizations[0].id;
  }
  app.remember('organization', organization);
  const orgSelect = select(organizations.map((o) => [o.id, o.name]), organization, { name: 'organization' });
  orgSelect.addEventListener('change', () => {
    app.remember('organization', orgSelect.value);
    app.remember('program', null);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
  bar.append(field(t('context.organization'), orgSelect));

  let programs = [];
  let program = null;
  if (withProgram) {
    programs = (await app.api.get(`organizations/${enc(organization)}/programs`)).programs;
    program = programs.find((p) => p.id === app.state.program)?.id || programs[0]?.id || null;
    app.remember('program', program);
    if (programs.length) {
      const programSelect = select(programs.map((p) => [p.id, p.title]), program, { name: 'program' });
      programSelect.addEventListener('change', () => {
        app.remember('program', programSelect.value);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      bar.append(field(t('context.program'), programSelect));
    } else {
      bar.append(h('p', { class: 'muted' }, t('context.noPrograms')));
    }
  }
  return { organization, program, organizations, programs };
}

export function enc(id) {
  return encodeURIComponent(id);
}
