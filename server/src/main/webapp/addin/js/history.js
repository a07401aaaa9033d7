// Which applied change an undo or redo concerns. The server undoes the workbook's latest applied
// change and sends it back under a new action id (docs/EXCEL-PROTOCOL.md, "Checkpoints"), so the
// pane mirrors the server's undo and redo stacks for the changes it saw applied. Each undo or redo
// is checked against the change the mirror expects (same kind, place and cells, reversed for undo):
// a change applied from another pane on the same workbook, or before this pane was reloaded, is
// never taken for one of ours; the mirror is then forgotten and such entries name no proposal.

const FIRST_APPLY = new Set(['approved', 'automatic']);

function stateKey(state) {
  const s = state || {};
  return [s.value ?? null, s.formula ?? null, s.numberFormat ?? null];
}

function cellsKey(action, reversed) {
  return JSON.stringify((action.changes || []).map((c) => [
    c.address,
    stateKey(reversed ? c.after : c.before),
    stateKey(reversed ? c.before : c.after),
  ]));
}

function matches(original, action, reversed) {
  return original.kind === action.kind
    && original.sheet === action.sheet
    && (original.target ?? null) === (action.target ?? null)
    && cellsKey(original, reversed) === cellsKey(action, false);
}

export class ChangeHistory {
  constructor() {
    this.undoable = [];
    this.redoable = [];
  }

  /**
   * Follows one `excel.actions.apply` once the pane has written it (or failed to), as the server's
   * checkpoint log does on the matching `actions.result`.
   *
   * @returns the id of the proposal this change concerns (for undo and redo: the original
   *     proposal's id, not the new one), or null when it is not one this pane knows
   */
  written(reason, action, status) {
    const applied = status === 'APPLIED';
    if (FIRST_APPLY.has(reason)) {
      this.redoable = []; // recording a change clears redo on the server, applied or not
      if (applied) {
        this.undoable.push(action);
      }
      return action.id;
    }
    const undo = reason === 'undo';
    const from = undo ? this.undoable : this.redoable;
    const to = undo ? this.redoable : this.undoable;
    const expected = from.pop();
    if (!expected || !matches(expected, action, undo)) {
      this.forget();
      return null;
    }
    // Not written: the server puts the change back where it was.
    (applied ? to : from).push(expected);
    return expected.id;
  }

  /** Keeps the mirror within the server's depths (its log keeps the latest 50 changes). */
  depths({ undoDepth, redoDepth }) {
    if (Number.isInteger(undoDepth) && this.undoable.length > undoDepth) {
      this.undoable.splice(0, this.undoable.length - undoDepth);
    }
    if (Number.isInteger(redoDepth) && this.redoable.length > redoDepth) {
      this.redoable.splice(0, this.redoable.length - redoDepth);
    }
  }

  forget() {
    this.undoable = [];
    this.redoable = [];
  }
}
