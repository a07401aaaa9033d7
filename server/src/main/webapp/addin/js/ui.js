// Everything the analyst sees. Rendering only: no network, no Office.js. Text from the server and
// the AI is always set as text, never parsed as HTML.

const $ = (id) => document.getElementById(id);

const LEVELS = ['Suggest only', 'Ask before each change', 'Auto low-risk', 'Auto within limits'];
const VIEWS = ['view-loading', 'view-signin', 'view-workspaces', 'view-session'];

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') {
      node.className = value;
    } else if (key.startsWith('data-')) {
      node.setAttribute(key, value);
    } else {
      node[key] = value;
    }
  }
  for (const child of children) {
    node.append(child);
  }
  return node;
}

export function show(view) {
  for (const id of VIEWS) {
    $(id).hidden = id !== view;
  }
}

export function message(text, kind = 'error') {
  const box = $('message');
  box.textContent = text || '';
  box.dataset.kind = kind;
  box.hidden = !text;
}

export function status({ state, retryInMs }) {
  const box = $('status');
  box.dataset.state = state;
  box.textContent = {
    connecting: 'Connecting…',
    open: 'Connected',
    waiting: `Reconnecting in ${Math.max(1, Math.round((retryInMs || 0) / 1000))} s`,
    closed: 'Not connected',
  }[state] || state;
}

export function onSignIn(handler) {
  $('signin-form').addEventListener('submit', (event) => {
    event.preventDefault();
    handler({ username: $('username').value.trim(), password: $('password').value, otp: $('otp').value.trim() });
  });
}

export function signingIn(busy) {
  $('sign-in').disabled = busy;
}

export function needSecondFactor() {
  $('otp').focus();
}

export function workspaces(list, onPick) {
  const ul = $('workspaces');
  ul.replaceChildren();
  if (list.length === 0) {
    ul.append(el('li', { class: 'muted', textContent: 'You belong to no workspace yet; ask your administrator.' }));
  }
  for (const w of list) {
    const button = el('button', { type: 'button', class: 'workspace-choice', 'data-workspace-id': w.id },
      el('span', { class: 'org', textContent: w.orgName }), w.name);
    button.addEventListener('click', () => onPick(w));
    ul.append(el('li', {}, button));
  }
}

export function onSwitchWorkspace(handler) {
  $('switch-workspace').addEventListener('click', handler);
}

export function session(workspace, ack) {
  $('workspace-name').textContent = workspace.name;
  const level = ack && Number.isInteger(ack.autonomyLevel) ? ack.autonomyLevel : null;
  $('autonomy').textContent = level === null ? '' : `Level ${level}: ${LEVELS[level] || ''}`;
  $('autonomy').dataset.level = level === null ? '' : String(level);
}

export function checkReport(report, note) {
  const type = report.modelType && report.modelType !== 'UNKNOWN'
    ? `Looks like a ${report.modelType} model (${Math.round((report.modelConfidence || 0) * 100)}%). `
    : '';
  $('model-type').textContent = `${type}${plural(report.cells, 'cell')}, ${plural(report.formulas, 'formula')} checked.${note ? ` ${note}` : ''}`;
  const ul = $('findings');
  ul.replaceChildren();
  const findings = report.findings || [];
  if (findings.length === 0) {
    ul.append(el('li', { class: 'muted', textContent: 'No problems found.' }));
  }
  for (const f of findings) {
    ul.append(findingItem(f));
  }
}

function findingItem(f) {
  return el('li', { class: 'finding', 'data-kind': f.kind },
    el('span', { class: 'severity', 'data-severity': f.severity, textContent: f.severity }),
    el('span', { class: 'cell', textContent: `${f.sheet}!${f.address}` }), ' ', f.message);
}

export function onRecheck(handler) {
  $('recheck').addEventListener('click', handler);
}

export function selectionContext(context) {
  const box = $('selection');
  box.classList.remove('muted');
  const summary = `${context.sheet}!${context.range}: ${plural(context.cells, 'cell')}, ${plural(context.formulas, 'formula')}`;
  const findings = context.findings || [];
  box.replaceChildren(el('div', { class: 'selection-address', textContent: summary }));
  const values = Object.entries(context.values || {}).slice(0, 12);
  if (values.length > 0) {
    box.append(el('div', { class: 'cell selection-values', textContent: values.map(([a, v]) => `${a} = ${v}`).join('   ') }));
  }
  if (findings.length > 0) {
    const ul = el('ul', { class: 'findings' });
    findings.forEach((f) => ul.append(findingItem(f)));
    box.append(ul);
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function onAsk(handler) {
  $('ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const question = $('question').value.trim();
    if (question) {
      handler(question);
    }
  });
}

export function asking(busy) {
  $('ask').disabled = busy;
  $('ask').textContent = busy ? 'Thinking…' : 'Ask';
}

/** Calls `handler()` the first time the analyst opens the model panel (the list is loaded then). */
export function onModelPanelOpened(handler) {
  const panel = $('model-panel');
  const opened = () => {
    if (panel.open) {
      panel.removeEventListener('toggle', opened);
      handler();
    }
  };
  panel.addEventListener('toggle', opened);
}

/**
 * Fills the model picker with {id, name}; null when the list could not be loaded (a model id can
 * still be typed, the run itself is checked by the server).
 */
export function models(list) {
  const options = $('model-list');
  options.replaceChildren();
  for (const m of list || []) {
    options.append(el('option', { value: m.id, label: m.name }));
  }
  $('model-note').textContent = list === null
    ? 'The model list could not be loaded; type a model id.'
    : list.length === 0 ? 'No model pack is enabled.' : `${plural(list.length, 'model')}: pick one or type its id.`;
}

/** The model run's inputs (the selection) and, unless the analyst typed one, where the results go. */
export function modelRange(inputs, output) {
  $('model-inputs').textContent = inputs ? `${inputs.sheet}!${inputs.range}` : 'select the label and value cells';
  const field = $('model-output');
  if (!field.dataset.edited && output) {
    field.value = output;
  }
}

/** Calls `handler({modelId, output})` on Run; typing a cell keeps it over the suggested one. */
export function onRunModel(handler) {
  $('model-output').addEventListener('input', () => {
    $('model-output').dataset.edited = $('model-output').value.trim() ? 'true' : '';
  });
  $('model-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const modelId = $('model-id').value.trim();
    if (modelId) {
      handler({ modelId, output: $('model-output').value.trim() });
    }
  });
}

export function running(busy) {
  $('model-run').disabled = busy;
  $('model-run').textContent = busy ? 'Running…' : 'Run';
}

/**
 * Shows the assistant's answer and its proposals: a preview table for each, Apply / Decline only
 * for those the policy leaves to the analyst (ASK); REFUSE ones are suggestions.
 */
export function proposals(payload, { onApprove, onDecline }) {
  const answer = $('answer');
  answer.textContent = payload.answer || '';
  answer.hidden = !payload.answer;
  const box = $('proposals');
  box.replaceChildren();
  for (const { action, decision } of payload.proposals || []) {
    box.append(proposalCard(action, decision, onApprove, onDecline));
  }
}

function proposalCard(action, decision, onApprove, onDecline) {
  const outcome = decision ? decision.outcome : 'REFUSE';
  const card = el('div', { class: 'proposal', 'data-action-id': action.id, 'data-outcome': outcome },
    el('div', { class: 'title', textContent: action.description || action.kind }),
    el('div', { class: 'verdict', textContent: `${verdictLabel(outcome)} · ${action.kind} ${action.sheet}${action.target ? `!${action.target}` : ''}${decision && decision.reason ? ` · ${decision.reason}` : ''}` }));
  if ((action.changes || []).length > 0) {
    card.append(diffTable(action.changes));
  }
  if (outcome === 'ASK') {
    const apply = el('button', { type: 'button', class: 'apply', textContent: 'Apply' });
    const decline = el('button', { type: 'button', class: 'decline secondary', textContent: 'Decline' });
    apply.addEventListener('click', () => {
      apply.disabled = true;
      decline.disabled = true;
      onApprove(action);
    });
    decline.addEventListener('click', () => {
      apply.disabled = true;
      decline.disabled = true;
      onDecline(action);
    });
    card.append(el('div', { class: 'row' }, apply, decline));
  }
  return card;
}

function verdictLabel(outcome) {
  return { ASK: 'Needs your approval', APPLY_AUTOMATICALLY: 'Applied automatically', REFUSE: 'Suggestion only' }[outcome] || outcome;
}

function diffTable(changes) {
  const body = el('tbody');
  for (const change of changes) {
    body.append(el('tr', { 'data-address': change.address },
      el('td', { class: 'cell', textContent: change.address }),
      el('td', { class: 'before', textContent: cellText(change.before) }),
      el('td', { class: 'after', textContent: cellText(change.after) })));
  }
  return el('table', { class: 'diff' },
    el('thead', {}, el('tr', {}, el('th', { textContent: 'Cell' }), el('th', { textContent: 'Before' }), el('th', { textContent: 'After' }))),
    body);
}

/** A cell state as the analyst reads it: "=formula", the value, and a non-General format. */
export function cellText(state) {
  if (!state) {
    return '';
  }
  let text;
  if (state.formula !== undefined && state.formula !== null) {
    text = `=${state.formula}`;
  } else if (state.value === undefined || state.value === null) {
    text = '';
  } else {
    text = String(state.value);
  }
  if (state.numberFormat) {
    text += text ? ` [${state.numberFormat}]` : `[${state.numberFormat}]`;
  }
  return text;
}

export function proposalSettled(actionId, text) {
  const card = document.querySelector(`.proposal[data-action-id="${CSS.escape(actionId)}"]`);
  if (!card) {
    return;
  }
  card.querySelectorAll('button').forEach((b) => b.remove());
  card.dataset.settled = text;
  const line = card.querySelector('.settled') || card.appendChild(el('div', { class: 'verdict settled' }));
  line.textContent = text;
}

/** What became of a change sent with `reason` (approved, automatic, undo, redo): "Undone", "Redo failed", ... */
export function changeLabel(reason, status) {
  return status === 'APPLIED'
    ? { automatic: 'Applied automatically', undo: 'Undone', redo: 'Redone' }[reason] || 'Applied'
    : { undo: 'Undo failed', redo: 'Redo failed' }[reason] || 'Failed';
}

/** One entry of the change list; undo and redo are entries of their own. */
export function applied(action, reason, status) {
  const target = action.target ? `!${action.target}` : '';
  const label = changeLabel(reason, status);
  // The server prefixes an undo's or redo's description with "undo: " / "redo: "; the label says it.
  const description = (action.description || action.kind).replace(/^(undo|redo): /, '');
  const li = el('li', { 'data-action-id': action.id, 'data-reason': reason, 'data-status': status },
    `${status === 'APPLIED' ? '✓' : '✗'} ${label}: ${description} (${action.sheet}${target})`);
  $('applied').prepend(li);
}

/** Undo / Redo availability; null depths (not known yet, e.g. after reconnecting) leave both enabled. */
export function history(depths) {
  const { undoDepth, redoDepth } = depths || {};
  $('undo').disabled = depths ? !(undoDepth > 0) : false;
  $('redo').disabled = depths ? !(redoDepth > 0) : false;
  $('undo').title = depths ? `${undoDepth} change(s) to undo` : '';
  $('redo').title = depths ? `${redoDepth} change(s) to redo` : '';
}

export function onUndo(handler) {
  $('undo').addEventListener('click', handler);
}

export function onRedo(handler) {
  $('redo').addEventListener('click', handler);
}
