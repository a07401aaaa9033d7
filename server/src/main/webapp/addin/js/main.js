// The task pane's controller: sign-in, workspace choice, and the Excel session over the hub
// (docs/EXCEL-PROTOCOL.md, "Over the hub"). Cells are written only in answer to the server's
// `excel.actions.apply` (see workbook.applyFromServer); approving merely asks the server.

import { Api, ApiError } from './api.js';
import { Bridge, BridgeError } from './bridge.js';
import { ChangeHistory } from './history.js';
import * as ui from './ui.js';
import * as workbook from './workbook.js';

const CLIENT_VERSION = '0.1.0';
const ASK_TIMEOUT_MS = 180000;

const api = new Api();
const state = {
  host: 'Excel',
  workbookId: null,
  workspace: null,
  bridge: null,
  changes: new ChangeHistory(),
  ack: null,
  snapshotSent: false,
  selectionTimer: null,
  selection: null,
};

async function start() {
  state.host = await workbook.ready();
  state.workbookId = await workbook.workbookId();
  ui.onSignIn(signIn);
  ui.onSwitchWorkspace(() => chooseWorkspace().catch(report));
  ui.onRecheck(() => sendSnapshot().catch(report));
  ui.onAsk((question) => ask(question));
  ui.onRunModel((run) => runModel(run));
  ui.onModelPanelOpened(() => loadModels());
  ui.onUndo(() => history('excel.undo'));
  ui.onRedo(() => history('excel.redo'));
  await workbook.onSelectionChanged((selection) => selectionChanged(selection));
  ui.show('view-signin');
}

async function signIn({ username, password, otp }) {
  ui.message('');
  ui.signingIn(true);
  try {
    await api.login(username, password, otp);
    await chooseWorkspace();
  } catch (e) {
    if (e instanceof ApiError && e.kind === 'mfa-required') {
      ui.needSecondFactor();
    }
    report(e);
  } finally {
    ui.signingIn(false);
  }
}

async function chooseWorkspace() {
  disconnect();
  ui.message('');
  const list = await api.workspaces();
  ui.workspaces(list, (w) => openSession(w));
  ui.show('view-workspaces');
}

function openSession(workspace) {
  ui.message('');
  state.workspace = workspace;
  state.changes = new ChangeHistory();
  state.bridge = new Bridge({ fetchToken: () => api.wsToken() });
  state.bridge.addEventListener('status', (event) => ui.status(event.detail));
  state.bridge.addEventListener('open', () => hello().catch(report));
  state.bridge.on('excel.actions.apply', (envelope) => apply(envelope));
  state.bridge.on('excel.range.read', (envelope) => readRange(envelope));
  state.bridge.on('excel.actions.recorded', (envelope) => {
    state.changes.depths(envelope.payload || {});
    ui.history(envelope.payload);
  });
  ui.session(workspace, null);
  ui.history({ undoDepth: 0, redoDepth: 0 });
  ui.show('view-session');
  state.bridge.start();
}

function disconnect() {
  if (state.bridge) {
    state.bridge.stop();
    state.bridge = null;
  }
  state.ack = null;
  state.snapshotSent = false;
}

// After every (re)connect: negotiate, then send the workbook again (the server keeps no snapshot).
async function hello() {
  state.snapshotSent = false;
  const answer = await state.bridge.request('excel.hello', {
    clientVersion: CLIENT_VERSION,
    protocolVersions: [1],
    host: state.host,
    workspaceId: state.workspace.id,
    workbookId: state.workbookId,
  });
  state.ack = answer.payload;
  ui.session(state.workspace, state.ack);
  ui.history(null);
  await sendSnapshot();
  selectionChanged(await workbook.selection());
}

async function sendSnapshot() {
  const limits = (state.ack && state.ack.limits) || {};
  let { snapshot, truncated } = await workbook.snapshot(state.workbookId, limits);
  let answer;
  try {
    answer = await state.bridge.request('excel.workbook.snapshot', snapshot);
  } catch (e) {
    if (!(e instanceof BridgeError) || !['SNAPSHOT_TOO_LARGE', 'too_large'].includes(e.code)) {
      throw e;
    }
    // Too big as a whole: the sheet the analyst is on is what matters most.
    const { sheet } = await workbook.selection();
    ({ snapshot } = await workbook.snapshot(state.workbookId, limits, sheet));
    truncated = true;
    answer = await state.bridge.request('excel.workbook.snapshot', snapshot);
  }
  state.snapshotSent = true;
  ui.checkReport(answer.payload, truncated ? 'The workbook is large: only part of it was sent.' : '');
}

function selectionChanged(selection) {
  state.selection = selection;
  ui.modelRange(selection, resultsCell(selection));
  clearTimeout(state.selectionTimer);
  state.selectionTimer = setTimeout(async () => {
    if (!state.bridge || !state.bridge.connected || !state.snapshotSent) {
      return;
    }
    try {
      const answer = await state.bridge.request('excel.selection.changed', selection);
      ui.selectionContext(answer.payload);
    } catch (e) {
      if (!(e instanceof BridgeError) || e.code !== 'NO_SNAPSHOT') {
        report(e);
      }
    }
  }, 250);
}

async function ask(question) {
  ui.message('');
  ui.asking(true);
  try {
    const answer = await state.bridge.request('excel.ask', { question }, { timeoutMs: ASK_TIMEOUT_MS });
    ui.proposals(answer.payload, { onApprove: approve, onDecline: decline });
  } catch (e) {
    report(e);
  } finally {
    ui.asking(false);
  }
}

// The model packs' models for the picker; when the list cannot be loaded an id can still be typed.
async function loadModels() {
  try {
    ui.models(await api.models());
  } catch (e) {
    console.warn('could not list the models', e);
    ui.models(null);
  }
}

// Where a model's results go by default: two columns right of the inputs' top-left cell.
function resultsCell(selection) {
  try {
    const { row, column } = workbook.topLeft(selection.range);
    return workbook.a1(row, column + 2);
  } catch (e) {
    return '';
  }
}

// The server answers a model run with excel.range.read first (handled by readRange below), then
// with its proposal, previewed and approved like an ask's.
async function runModel({ modelId, output }) {
  ui.message('');
  const inputs = state.selection;
  if (!inputs) {
    ui.message('Select the label and value cells of the model\'s inputs first.');
    return;
  }
  const target = output.includes('!') ? workbook.splitAddress(output) : { sheet: inputs.sheet, range: output };
  if (!target.range) {
    ui.message('Say where the results go, e.g. D1.');
    return;
  }
  ui.running(true);
  try {
    const answer = await state.bridge.request(
      'excel.model.run',
      { modelId, inputs, output: { sheet: target.sheet, cell: target.range } },
      { timeoutMs: ASK_TIMEOUT_MS },
    );
    ui.proposals(answer.payload, { onApprove: approve, onDecline: decline });
  } catch (e) {
    report(e);
  } finally {
    ui.running(false);
  }
}

// The server's excel.range.read: the live cells of a model run's inputs, or why they could not be read.
async function readRange(envelope) {
  const { requestId, sheet, range } = envelope.payload || {};
  let data;
  try {
    data = { requestId, sheet, range, cells: await workbook.readRange(sheet, range) };
  } catch (e) {
    data = { requestId, sheet, range, error: String(e.message || e).substring(0, 300) };
  }
  try {
    state.bridge.send('excel.range.data', data);
  } catch (e) {
    report(e);
  }
}

// Approving asks the server; it answers with excel.actions.apply, handled by apply() below.
async function approve(action) {
  try {
    await state.bridge.request('excel.actions.approve', { actionId: action.id });
  } catch (e) {
    ui.proposalSettled(action.id, `Not applied: ${e.message}`);
    report(e);
  }
}

// A proposal waiting for approval has no checkpoint on the server yet: declining it is local.
function decline(action) {
  ui.proposalSettled(action.id, 'Declined');
}

async function history(type) {
  ui.message('');
  try {
    await state.bridge.request(type, { workbookId: state.workbookId });
  } catch (e) {
    if (e instanceof BridgeError && ['NOTHING_TO_UNDO', 'NOTHING_TO_REDO'].includes(e.code)) {
      ui.message(e.code === 'NOTHING_TO_UNDO' ? 'Nothing to undo.' : 'Nothing to redo.', 'info');
    } else {
      report(e);
    }
  }
}

// The server's excel.actions.apply (approved, automatic, undo or redo): write, then report the result.
async function apply(envelope) {
  const { actionId, reason, action } = envelope.payload || {};
  let status = 'APPLIED';
  let message = null;
  try {
    await workbook.applyFromServer(envelope);
  } catch (e) {
    status = 'FAILED';
    message = String(e.message || e).substring(0, 500);
  }
  if (action) {
    ui.applied(action, reason, status);
    // Undo and redo come under new ids: the history knows which proposal they concern.
    const proposalId = state.changes.written(reason, action, status);
    if (proposalId) {
      const label = ui.changeLabel(reason, status);
      ui.proposalSettled(proposalId, status === 'APPLIED' ? label : `${label}: ${message}`);
    }
  }
  try {
    await state.bridge.request('excel.actions.result', { actionId, status, message });
  } catch (e) {
    report(e);
  }
  if (status === 'APPLIED') {
    await sendSnapshot().catch(report);
  }
}

function report(error) {
  console.warn(error);
  ui.message(error instanceof Error ? error.message : String(error));
}

start().catch(report);
