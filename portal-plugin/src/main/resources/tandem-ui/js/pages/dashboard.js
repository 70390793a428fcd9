// Figures where a person would rather look than read: mentors' load, coverage of the mentee base, progress.
import { h } from '../dom.js';
import { t, date } from '../i18n.js';
import { coverageChart, mentorLoadChart, progressChart } from '../charts.js';
import { enc, notice, pickContext, percent } from '../ui.js';

export async function render(view, app) {
  const { organization, program, programs } = await pickContext(app);
  view.append(h('h1', {}, t('dashboard.title')));
  if (!organization) {
    view.append(notice('info', t('context.noOrganizations')));
    return;
  }
  const scope = app.params.scope === 'all' || !program ? 'all' : 'program';
  const figures = await app.api.get(`organizations/${enc(organization)}/figures${scope === 'program' ? `?program=${enc(program)}` : ''}`);
  const title = scope === 'program' ? programs.find((p) => p.id === program)?.title : t('dashboard.allPrograms');
  view.append(
    h('p', { class: 'page-intro' }, t('dashboard.intro', { scope: title, on: date(figures.on) })),
    program ? h('p', {}, scope === 'program'
      ? h('a', { href: '#/dashboard?scope=all' }, t('dashboard.showAll'))
      : h('a', { href: '#/dashboard' }, t('dashboard.showProgram'))) : null,
    h('div', { class: 'kpis' },
      kpi(String(figures.coverage.mentees), t('dashboard.kpi.mentees')),
      kpi(String(figures.coverage.matched), t('dashboard.kpi.matched')),
      kpi(String(figures.coverage.proposed), t('dashboard.kpi.proposed')),
      kpi(percent(figures.coverage.share), t('dashboard.kpi.coverage')),
      kpi(String(figures.mentorLoad.length), t('dashboard.kpi.mentors'))),
    h('div', { class: 'grid' }, coverageChart(figures.coverage), mentorLoadChart(figures.mentorLoad)),
    progressChart(figures.progress));
}

function kpi(value, label) {
  return h('div', { class: 'kpi' }, h('div', { class: 'value' }, value), h('div', { class: 'label' }, label));
}
