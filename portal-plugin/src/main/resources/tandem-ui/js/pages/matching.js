// Matching: run a strategy for a program, read each pair's explanation, then approve, exclude or swap pairs.
import { h, fill, uid } from '../dom.js';
import { t, num, date } from '../i18n.js';
import { actionButton, badge, dateInput, enc, errorNotice, field, name, names, notice, pickContext, select, table, today } from '../ui.js';

export async function render(view, app) {
  const { program, programs } = await pickContext(app);
  view.append(h('h1', {}, t('matching.title')), h('p', { class: 'page-intro' }, t('matching.intro')));
  if (!program) {
    view.append(notice('info', t('context.noPrograms')));
    return;
  }
  const current = programs.find((p) => p.id === program);
  const key = `matching:${program}`;
  const saved = app.state[key] || { excluded: [], result: null };
  saved.excluded ||= [];
  saved.pinned ||= [];
  saved.weights ||= {};
  saved.threshold ??= '';
  const [{ strategies }, { criteria }] = await Promise.all([app.api.get('strategies'), app.api.get('criteria')]);

  // ---- the run
  const strategySelect = select(strategies.map((s) => [s.id, s.name]), saved.strategy || strategies[0]?.id, { name: 'strategy' });
  const onInput = dateInput(saved.on || today(), { name: 'on' });
  const runErrors = h('div');
  const excludedBox = h('div');
  const pinnedBox = h('div');

  // ---- the settings: a weight per criterion (empty: the criterion's default weight), the knock-out threshold
  const weightInputs = Object.fromEntries(criteria.map((c) => [c.id, h('input', {
    type: 'number', name: `weight-${c.id}`, min: 0, step: 'any', inputmode: 'decimal', class: 'narrow',
    value: saved.weights[c.id] ?? '', placeholder: num(c.defaultWeight ?? 1), title: t('matching.weightsHint'), dataset: { criterion: c.id } })]));
  const thresholdInput = h('input', { type: 'number', name: 'threshold', min: 0, max: 1, step: 'any', inputmode: 'decimal',
    class: 'narrow', value: saved.threshold ?? '', placeholder: '0' });
  const settings = h('fieldset', { id: 'matching-settings' },
    h('legend', {}, t('matching.settings')),
    h('p', { class: 'muted small' }, t('matching.weightsHint')),
    h('div', { class: 'row' }, criteria.map((c) => field(t('matching.weightOf', { name: c.name }), weightInputs[c.id]))),
    h('div', { class: 'row' },
      field(t('matching.threshold'), thresholdInput, t('matching.thresholdHint')),
      h('button', { type: 'button', class: 'secondary', id: 'settings-reset', onclick: () => {
        for (const input of Object.values(weightInputs)) input.value = '';
        thresholdInput.value = '';
      } }, t('matching.settingsReset'))));

  /** The body of POST /programs/{program}/matching as the page's controls say it, or null when a control is invalid. */
  function request(propose) {
    const invalid = [...Object.values(weightInputs), thresholdInput].find((input) => !input.checkValidity());
    if (invalid) {
      fill(runErrors, notice('bad', t('matching.badSetting', { field: invalid.labels?.[0]?.textContent || invalid.name })));
      invalid.focus();
      return null;
    }
    const weights = {};
    for (const [id, input] of Object.entries(weightInputs)) {
      if (input.value.trim() !== '') weights[id] = Number(input.value);
    }
    const pairs = (list) => list.map(({ mentor, mentee }) => ({ mentor, mentee }));
    return {
      strategy: strategySelect.value, on: onInput.value || null, propose,
      weights, threshold: thresholdInput.value.trim() === '' ? 0 : Number(thresholdInput.value),
      excluded: pairs(saved.excluded), pinned: pairs(saved.pinned),
    };
  }
  const resultBox = h('section', { id: 'matching-result', 'aria-labelledby': 'matching-result-heading', 'aria-live': 'polite' });
  const proposalsBox = h('section', { id: 'proposals', 'aria-labelledby': 'proposals-heading' });

  async function run(propose) {
    fill(runErrors);
    const body = request(propose);
    if (!body) return;
    try {
      const result = await app.api.post(`programs/${enc(program)}/matching`, body);
      saved.result = result;
      saved.request = body;
      saved.strategy = strategySelect.value;
      saved.on = onInput.value;
      saved.weights = Object.fromEntries(Object.entries(weightInputs).map(([id, input]) => [id, input.value]));
      saved.threshold = thresholdInput.value;
      if (propose) saved.pinned = []; // the pinned pairs are proposals now
      app.remember(key, saved);
      drawResult();
      if (propose) {
        drawPinned();
        app.toast(t('matching.proposedToast', { count: result.mentorships.length }));
        await drawProposals();
      }
      resultBox.querySelector('h2')?.focus();
    } catch (error) {
      fill(runErrors, errorNotice(error));
    }
  }

  const form = h('form', { class: 'card stack', 'aria-labelledby': 'run-heading' },
    h('h2', { id: 'run-heading' }, t('matching.run')),
    h('p', { class: 'muted' }, t('matching.program', { title: current.title, form: current.form?.name || '', start: date(current.start), end: date(current.end) })),
    h('div', { class: 'row' },
      field(t('matching.strategy'), strategySelect),
      field(t('matching.on'), onInput),
      actionButton(t('matching.preview'), () => run(false), { class: 'secondary', id: 'run-preview' }, app),
      actionButton(t('matching.propose'), () => run(true), { id: 'run-propose' }, app)),
    settings, pinnedBox, excludedBox, runErrors);
  form.addEventListener('submit', (e) => e.preventDefault());

  function drawExcluded() {
    if (!saved.excluded.length) { fill(excludedBox); return; }
    fill(excludedBox, h('p', { class: 'small' }, t('matching.excludedList'), ' ',
      saved.excluded.map((pair) => h('span', { class: 'badge neutral' }, `${pair.mentorName || pair.mentor} × ${pair.menteeName || pair.mentee} `,
        h('button', { type: 'button', class: 'small secondary', 'aria-label': t('matching.unexclude', { pair: `${pair.mentorName} × ${pair.menteeName}` }),
          onclick: () => { saved.excluded = saved.excluded.filter((p) => p !== pair); app.remember(key, saved); drawExcluded(); } }, '×')))));
  }

  function drawPinned() {
    if (!saved.pinned.length) { fill(pinnedBox); return; }
    fill(pinnedBox, h('p', { class: 'small', id: 'pinned-list' }, t('matching.pinnedList'), ' ',
      saved.pinned.map((pair) => h('span', { class: 'badge info', 'data-pinned': `${pair.mentor}:${pair.mentee}` }, `${pair.mentorName || pair.mentor} × ${pair.menteeName || pair.mentee} `,
        h('button', { type: 'button', class: 'small secondary', 'aria-label': t('matching.unpinFor', { pair: `${pair.mentorName} × ${pair.menteeName}` }),
          onclick: () => { saved.pinned = saved.pinned.filter((p) => p !== pair); app.remember(key, saved); drawPinned(); } }, '×')))));
  }

  function samePair(pair) {
    return (p) => p.mentor === pair.mentor.id && p.mentee === pair.mentee.id;
  }

  function isPinned(pair) {
    return saved.pinned.some(samePair(pair));
  }

  function pin(pair) {
    saved.excluded = saved.excluded.filter((p) => !samePair(pair)(p));
    saved.pinned.push({ mentor: pair.mentor.id, mentee: pair.mentee.id, mentorName: pair.mentor.name, menteeName: pair.mentee.name });
    app.remember(key, saved);
    drawExcluded();
    drawPinned();
    return run(false);
  }

  function unpin(pair) {
    saved.pinned = saved.pinned.filter((p) => !samePair(pair)(p));
    app.remember(key, saved);
    drawPinned();
    return run(false);
  }

  /** What the last run was asked: the weights set, the threshold, how many pairs pinned and excluded. */
  function settingsUsed(body) {
    if (!body) return null;
    const weights = Object.entries(body.weights || {});
    return h('p', { class: 'small', id: 'settings-used' },
      h('strong', {}, t('matching.settingsUsed')), ' ',
      weights.length
        ? t('matching.weightsUsed', { weights: weights.map(([id, w]) => `${criteria.find((c) => c.id === id)?.name || id} ${num(w)}`).join(', ') })
        : t('matching.weightsDefault'),
      '; ', t('matching.thresholdUsed', { threshold: num(body.threshold || 0) }),
      '; ', t('matching.pinnedUsed', { count: (body.pinned || []).length }),
      '; ', t('matching.excludedUsed', { count: (body.excluded || []).length }), '.');
  }

  function drawResult() {
    const result = saved.result;
    if (!result) {
      fill(resultBox, h('h2', { id: 'matching-result-heading', tabindex: '-1' }, t('matching.result')),
        h('p', { class: 'empty' }, t('matching.noRun')));
      return;
    }
    fill(resultBox,
      h('h2', { id: 'matching-result-heading', tabindex: '-1' }, result.proposed ? t('matching.result.proposed') : t('matching.result.preview')),
      h('p', { class: 'muted' }, t('matching.summary', {
        strategy: strategies.find((s) => s.id === result.strategy)?.name || result.strategy,
        on: date(result.on), pairs: result.pairs.length, unmatched: result.unmatched.length, score: num(result.totalScore, { maximumFractionDigits: 2 }) })),
      settingsUsed(saved.request),
      result.declined?.length ? notice('warn', h('p', {}, t('matching.declined')),
        h('ul', {}, result.declined.map((d) => h('li', {}, d.message)))) : null,
      h('h3', {}, t('matching.pairs')),
      result.pairs.length ? h('ul', { class: 'grid plain-list' },
        result.pairs.map((pair) => h('li', {}, pairCard(pair, result.proposed ? null : {
          exclude: () => exclude(pair), pin: () => pin(pair), unpin: () => unpin(pair), pinned: isPinned(pair) })))) : h('p', { class: 'empty' }, t('matching.noPairs')),
      h('h3', {}, t('matching.unmatched')),
      unmatchedList(result.unmatched));
  }

  function exclude(pair) {
    saved.pinned = saved.pinned.filter((p) => !samePair(pair)(p));
    drawPinned();
    saved.excluded.push({ mentor: pair.mentor.id, mentee: pair.mentee.id, mentorName: pair.mentor.name, menteeName: pair.mentee.name });
    app.remember(key, saved);
    drawExcluded();
    return run(false);
  }

  async function drawProposals() {
    const { mentorships } = await app.api.get(`programs/${enc(program)}/mentorships`);
    const proposed = mentorships.filter((m) => m.status === 'PROPOSED');
    const approved = mentorships.filter((m) => ['APPROVED', 'ACTIVE'].includes(m.status));
    fill(proposalsBox,
      h('h2', { id: 'proposals-heading' }, t('matching.proposals', { count: proposed.length })),
      proposed.length ? h('ul', { class: 'stack plain-list' },
        proposed.map((m) => h('li', {}, proposalCard(m, proposed)))) : h('p', { class: 'empty' }, t('matching.noProposals')),
      h('h2', {}, t('matching.approved', { count: approved.length })),
      table(t('matching.approved.caption'), [
        { label: t('mentorship.mentor'), cell: (m) => name(m.mentor) },
        { label: t('mentorship.mentees'), cell: (m) => names(m.mentees) },
        { label: t('mentorship.status'), cell: (m) => statusBadge(m.status) },
        { label: t('mentorship.order'), cell: (m) => (m.order ? t('mentorship.orderText', { number: m.order.number, date: date(m.order.date) }) : '—') },
        { label: t('common.open'), rowHeader: false, cell: (m) => h('a', { href: `#/mentorships?id=${enc(m.id)}` }, t('matching.openMentorship')) },
      ], approved, { empty: t('matching.noApproved') }));
  }

  function explanationFor(mentorship) {
    const pair = saved.result?.pairs.find((p) => p.mentor.id === mentorship.mentor.id
      && mentorship.mentees.some((m) => m.id === p.mentee.id));
    return pair;
  }

  function proposalCard(m, proposed) {
    const pair = explanationFor(m);
    const errors = h('div');
    const orderNumber = h('input', { name: 'orderNumber', required: true, size: 8, autocomplete: 'off' });
    const orderDate = dateInput(today(), { name: 'orderDate', required: true });
    const approveForm = h('form', { class: 'pair-actions' },
      field(t('matching.orderNumber'), orderNumber), field(t('matching.orderDate'), orderDate),
      h('button', { type: 'submit' }, t('matching.approve')));
    approveForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      fill(errors);
      try {
        await app.api.post(`mentorships/${enc(m.id)}/approval`, { orderNumber: orderNumber.value, orderDate: orderDate.value });
        app.toast(t('matching.approvedToast', { mentor: name(m.mentor), mentees: names(m.mentees) }));
        await drawProposals();
      } catch (error) { fill(errors, errorNotice(error)); }
    });
    const others = proposed.filter((o) => o.id !== m.id && o.mentees.length === 1 && m.mentees.length === 1);
    const swapSelect = select(others.map((o) => [o.id, `${name(o.mentor)} — ${names(o.mentees)}`]), others[0]?.id, { name: 'swapWith' });
    const swap = others.length ? [
      field(t('matching.swapWith'), swapSelect),
      actionButton(t('matching.swap'), async () => {
        fill(errors);
        try {
          await app.api.post('mentorships/swap', { first: m.id, second: swapSelect.value });
          app.toast(t('matching.swappedToast'));
          await drawProposals();
        } catch (error) { fill(errors, errorNotice(error)); }
      }, { class: 'secondary' }, app)] : [];
    const reject = actionButton(t('matching.reject'), async () => {
      fill(errors);
      try {
        await app.api.post(`mentorships/${enc(m.id)}/rejection`, { reason: t('matching.rejectReason') });
        app.toast(t('matching.rejectedToast'));
        await drawProposals();
      } catch (error) { fill(errors, errorNotice(error)); }
    }, { class: 'danger' }, app);
    return h('article', { class: 'pair-card', 'data-mentorship': m.id, 'aria-label': `${name(m.mentor)} — ${names(m.mentees)}` },
      h('header', {}, h('span', { class: 'pair-names' }, `${name(m.mentor)} → ${names(m.mentees)}`),
        pair ? h('span', { class: 'score' }, t('matching.score', { score: num(pair.score, { maximumFractionDigits: 2 }) })) : null),
      h('p', { class: 'muted small' }, t('matching.proposedOn', { date: date(m.proposedOn) })),
      pair ? h('p', { class: 'small' }, pair.explanation) : null,
      h('div', { class: 'pair-toolbar' }, approveForm, h('div', { class: 'pair-actions' }, ...swap, reject)), errors);
  }

  view.append(form, resultBox, proposalsBox);
  drawExcluded();
  drawPinned();
  drawResult();
  await drawProposals();
}

export function statusBadge(status) {
  const kind = { PROPOSED: 'info', APPROVED: 'ok', ACTIVE: 'ok', COMPLETED: 'neutral', TERMINATED: 'bad', REJECTED: 'bad' }[status] || 'neutral';
  return badge(kind, t(`status.${status}`));
}

function pairCard(pair, actions) {
  const max = Math.max(...pair.contributions.map((c) => c.points), 0.0001);
  return h('article', { class: 'pair-card', 'aria-label': `${pair.mentor.name} — ${pair.mentee.name}`, 'data-pair': `${pair.mentor.id}:${pair.mentee.id}` },
    h('header', {},
      h('span', { class: 'pair-names' }, `${pair.mentor.name} → ${pair.mentee.name}`),
      h('span', { class: 'score' }, t('matching.score', { score: num(pair.score, { maximumFractionDigits: 2 }) })),
      pair.pinned ? badge('info', t('matching.pinned')) : null),
    h('p', { class: 'small' }, pair.explanation),
    pair.contributions.length ? h('details', {},
      h('summary', {}, t('matching.contributions')),
      h('ul', { class: 'explanation small' }, pair.contributions.map((c) => h('li', {},
        h('span', { class: 'contribution-bar', style: `width:${Math.round((c.points / max) * 60)}px`, 'aria-hidden': 'true' }),
        h('strong', {}, c.name), ` ${num(c.points, { maximumFractionDigits: 2 })} `,
        h('span', { class: 'muted' }, `(${num(c.value, { maximumFractionDigits: 2 })} × ${num(c.weight, { maximumFractionDigits: 2 })})`),
        c.explanation ? ` — ${c.explanation}` : '')))) : null,
    actions ? h('div', { class: 'pair-actions' },
      actions.pinned
        ? h('button', { type: 'button', class: 'small secondary', onclick: actions.unpin, 'data-action': 'unpin',
          'aria-label': t('matching.unpinFor', { pair: `${pair.mentor.name} — ${pair.mentee.name}` }) }, t('matching.unpin'))
        : h('button', { type: 'button', class: 'small secondary', onclick: actions.pin, 'data-action': 'pin',
          'aria-label': t('matching.pinFor', { pair: `${pair.mentor.name} — ${pair.mentee.name}` }) }, t('matching.pin')),
      h('button', { type: 'button', class: 'small secondary', onclick: actions.exclude, 'data-action': 'exclude',
        'aria-label': t('matching.excludeFor', { pair: `${pair.mentor.name} — ${pair.mentee.name}` }) }, t('matching.exclude'))) : null);
}

/**
 * The mentees left without a mentor: a card each with the best blocked candidates, except those whom no mentor may
 * take for want of their own consent (withdrawn, erased): one line for them all.
 */
function unmatchedList(unmatched) {
  if (!unmatched.length) return h('p', { class: 'empty' }, t('matching.allMatched'));
  const noConsent = (u) => u.blocked?.length && u.blocked.every((b) => b.blocker === 'NO_CONSENT') && u.reason === 'NO_ALLOWED_MENTOR';
  const withoutConsent = unmatched.filter(noConsent);
  return [
    ...unmatched.filter((u) => !noConsent(u)).map(unmatchedCard),
    withoutConsent.length ? h('p', { class: 'muted', 'data-no-consent': String(withoutConsent.length) },
      t('matching.noConsent', { count: withoutConsent.length, names: withoutConsent.map((u) => u.mentee.name).filter((n) => n && n !== '—').join(', ') || '—' })) : null,
  ];
}

function unmatchedCard(u) {
  const id = uid('unmatched');
  return h('article', { class: 'card', 'aria-labelledby': id, 'data-unmatched': u.mentee.id },
    h('h4', { id }, u.mentee.name, ' ', badge('warn', u.reasonText)),
    u.explanation ? h('p', { class: 'small' }, u.explanation) : null,
    table(t('matching.blocked.caption', { name: u.mentee.name }), [
      { label: t('mentorship.mentor'), cell: (b) => b.mentor.name },
      { label: t('matching.blocked.blocker'), cell: (b) => b.blockerText },
      { label: t('matching.blocked.why'), cell: (b) => b.explanation || '—' },
      { label: t('matching.blocked.score'), className: 'num', cell: (b) => (b.score === null || b.score === undefined ? '—' : num(b.score, { maximumFractionDigits: 2 })) },
    ], u.blocked || [], { empty: t('matching.blocked.none') }));
}
