// The only module that calls Office.js. It reads the workbook (snapshot, selection, names, a range
// the server asks for) and writes exactly one thing: an `excel.actions.apply` message the server
// sent (applyFromServer).

const WORKBOOK_ID_SETTING = 'gridvault.workbookId';
const CHART_NAME_PREFIX = 'Gridvault ';

/** Waits until Office.js is ready; resolves with the host name (e.g. "Excel"). */
export async function ready() {
  const info = await Office.onReady();
  return info && info.host ? String(info.host) : 'Excel';
}

/**
 * The workbook's Gridvault id, kept in the document's settings so it survives closing and reopening
 * the workbook; generated and saved the first time.
 */
export async function workbookId() {
  const settings = Office.context.document.settings;
  const existing = settings.get(WORKBOOK_ID_SETTING);
  if (typeof existing === 'string' && /^wb-[A-Za-z0-9-]{8,100}$/.test(existing)) {
    return existing;
  }
  const id = `wb-${randomUuid()}`;
  settings.set(WORKBOOK_ID_SETTING, id);
  await new Promise((resolve) => settings.saveAsync(() => resolve()));
  return id;
}

/**
 * Reads the used range of each sheet (values, formulas, number formats) and the named ranges, as a
 * WorkbookSnapshot payload. Sheets are read in workbook order until `limits.maxCells` is reached;
 * `onlySheet` restricts the snapshot to one sheet. Resolves with {snapshot, truncated}.
 */
export async function snapshot(id, limits = {}, onlySheet = null) {
  const maxCells = limits.maxCells || 200000;
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name,items/formula,items/type,items/visible');
    await context.sync();

    const sheets = worksheets.items.filter((ws) => onlySheet === null || ws.name === onlySheet);
    const used = sheets.map((ws) => {
      const range = ws.getUsedRangeOrNullObject(true);
      range.load('rowIndex,columnIndex,rowCount,columnCount');
      const scoped = ws.names;
      scoped.load('items/name,items/formula,items/type,items/visible');
      return { ws, range, scoped };
    });
    await context.sync();

    // Choose the sheets that fit before reading any cell: the server refuses a snapshot over its limit.
    let budget = maxCells;
    let truncated = false;
    const chosen = [];
    for (const entry of used) {
      const size = entry.range.isNullObject ? 0 : entry.range.rowCount * entry.range.columnCount;
      if (size > budget) {
        truncated = true;
        continue;
      }
      budget -= size;
      chosen.push(entry);
      if (!entry.range.isNullObject) {
        entry.range.load('values,formulas,numberFormat');
      }
    }
    await context.sync();

    const result = {
      workbookId: id,
      sheets: chosen.map(({ ws, range }) => sheetSnapshot(ws.name, range)),
      names: [
        ...names.items.filter(isRangeName).map((n) => namedRange(n, null)),
        ...chosen.flatMap(({ ws, scoped }) => scoped.items.filter(isRangeName).map((n) => namedRange(n, ws.name))),
      ],
    };
    return { snapshot: result, truncated };
  });
}

/** The current selection as {sheet, range}, e.g. {sheet: "DCF", range: "C4:H4"}. */
export async function selection() {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return splitAddress(range.address);
  });
}

/**
 * The live cells of a range, for the server's `excel.range.read` (a model run's inputs): the
 * non-empty ones as [{address, value, formula?}], formulas without the leading "=".
 */
export async function readRange(sheetName, address) {
  const top = topLeft(address);
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRange(address);
    range.load('values,formulas');
    await context.sync();
    const cells = [];
    range.values.forEach((row, r) => row.forEach((value, c) => {
      const formula = range.formulas[r][c];
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      if (!isFormula && (value === '' || value === null)) {
        return;
      }
      const cell = { address: a1(top.row + r, top.column + c), value: value === '' ? null : value };
      if (isFormula) {
        cell.formula = formula.substring(1);
      }
      cells.push(cell);
    }));
    return cells;
  });
}

/** The zero-based row and column of a range's first cell, e.g. "B3:C9" → {row: 2, column: 1}. */
export function topLeft(range) {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/.exec(String(range).split(':')[0]);
  if (!match) {
    throw new Error(`not an A1 range: ${range}`);
  }
  let column = 0;
  for (const ch of match[1].toUpperCase()) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Calls `handler({sheet, range})` whenever the analyst selects other cells. */
export async function onSelectionChanged(handler) {
  await Excel.run(async (context) => {
    context.workbook.onSelectionChanged.add(async () => {
      try {
        handler(await selection());
      } catch (e) {
        console.warn('could not read the selection', e);
      }
    });
    await context.sync();
  });
}

/**
 * Writes what an `excel.actions.apply` message says, and nothing else: the one place where the task
 * pane changes the workbook. `reason` undo writes the `after` states the server sent (the values
 * to restore) and reverts structural kinds by their inverse operation.
 */
export async function applyFromServer(envelope) {
  if (!envelope || envelope.type !== 'excel.actions.apply') {
    throw new Error('the workbook is written only on excel.actions.apply');
  }
  const { actionId, reason, action } = envelope.payload || {};
  if (!action || action.id !== actionId) {
    throw new Error(`excel.actions.apply for ${actionId} carries no matching action`);
  }
  const inverse = reason === 'undo';
  await Excel.run(async (context) => {
    const kind = action.kind;
    if (kind === 'ADD_SHEET') {
      if (inverse) {
        context.workbook.worksheets.getItem(action.sheet).delete();
      } else {
        context.workbook.worksheets.add(action.sheet);
      }
    } else {
      const sheet = context.workbook.worksheets.getItem(action.sheet);
      switch (kind) {
        case 'WRITE_VALUES':
        case 'WRITE_FORMULAS':
        case 'FORMAT':
          for (const change of action.changes || []) {
            writeCell(sheet.getRange(change.address), kind, change.before || {}, change.after || {});
          }
          break;
        case 'INSERT_ROWS':
          if (inverse) {
            sheet.getRange(action.target).delete(Excel.DeleteShiftDirection.up);
          } else {
            sheet.getRange(action.target).insert(Excel.InsertShiftDirection.down);
          }
          break;
        case 'INSERT_COLUMNS':
          if (inverse) {
            sheet.getRange(action.target).delete(Excel.DeleteShiftDirection.left);
          } else {
            sheet.getRange(action.target).insert(Excel.InsertShiftDirection.right);
          }
          break;
        case 'ADD_CHART':
          if (inverse) {
            sheet.charts.getItemOrNullObject(CHART_NAME_PREFIX + action.id).delete();
          } else {
            const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(action.target), Excel.ChartSeriesBy.auto);
            chart.name = CHART_NAME_PREFIX + action.id;
          }
          break;
        default:
          throw new Error(`unknown action kind ${kind}`);
      }
    }
    await context.sync();
  });
}

function writeCell(range, kind, before, after) {
  if (kind !== 'FORMAT') {
    if (after.formula !== undefined && after.formula !== null) {
      range.formulas = [[`=${after.formula}`]];
    } else {
      range.values = [[after.value === undefined || after.value === null ? '' : after.value]];
    }
  }
  const format = after.numberFormat === undefined ? null : after.numberFormat;
  const previous = before.numberFormat === undefined ? null : before.numberFormat;
  if (kind === 'FORMAT' || format !== previous) {
    range.numberFormat = [[format === null ? 'General' : format]];
  }
}

function sheetSnapshot(name, range) {
  if (range.isNullObject) {
    return { name, cells: [] };
  }
  const cells = [];
  for (let r = 0; r < range.rowCount; r++) {
    for (let c = 0; c < range.columnCount; c++) {
      const formula = range.formulas[r][c];
      const value = range.values[r][c];
      const isFormula = typeof formula === 'string' && formula.startsWith('=');
      if (!isFormula && (value === '' || value === null)) {
        continue;
      }
      const format = range.numberFormat[r][c];
      const cell = { address: a1(range.rowIndex + r, range.columnIndex + c), value: value === '' ? null : value };
      if (isFormula) {
        cell.formula = formula.substring(1);
      }
      if (format && format !== 'General') {
        cell.numberFormat = format;
      }
      cells.push(cell);
    }
  }
  return {
    name,
    usedRangeTopLeft: a1(range.rowIndex, range.columnIndex),
    usedRangeBottomRight: a1(range.rowIndex + range.rowCount - 1, range.columnIndex + range.columnCount - 1),
    cells,
  };
}

function isRangeName(item) {
  return item.visible !== false && item.type === 'Range';
}

function namedRange(item, scope) {
  const refersTo = String(item.formula || '').replace(/^=/, '');
  return scope === null ? { name: item.name, refersTo } : { name: item.name, refersTo, scope };
}

/** "DCF!C4:H4" or "'My sheet'!A1" into {sheet, range}. */
export function splitAddress(address) {
  const bang = address.lastIndexOf('!');
  let sheet = address.substring(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) {
    sheet = sheet.substring(1, sheet.length - 1).replace(/''/g, "'");
  }
  return { sheet, range: address.substring(bang + 1).replace(/\$/g, '') };
}

/** Zero-based row and column to A1. */
export function a1(row, column) {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row + 1}`;
}

function randomUuid() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
