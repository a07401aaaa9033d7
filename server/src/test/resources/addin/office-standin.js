// A stand-in for Office.js in the browser test (ExcelTaskPaneIT): `Office` and `Excel` over an
// in-memory workbook with the batching semantics of the real API (queue, load, sync; reading a
// property that was not loaded throws). Every change to the workbook is logged in `writes`; the
// test drives and inspects it through window.__standin.
(function () {
  'use strict';

  const MAX_ROWS = 1048576;
  const MAX_COLUMNS = 16384;

  // ---- the workbook ----------------------------------------------------------------------------
  const book = {
    sheets: [],
    names: [],
    selection: { sheet: 'DCF', range: 'A1' },
    settings: {},
    writes: [],
    selectionHandlers: [],
    charts: [],
  };

  function sheet(name) {
    const s = { name, cells: new Map(), names: [] };
    book.sheets.push(s);
    return s;
  }

  function put(s, address, value, formula, numberFormat) {
    s.cells.set(address, { value: value, formula: formula || null, numberFormat: numberFormat || 'General' });
  }

  // A small five-year DCF: inputs, revenue, free cash flow, discounting, terminal value. Formula
  // values are precomputed (the stand-in does not calculate). G9 and row 10 hard-code numbers.
  const dcf = sheet('DCF');
  put(dcf, 'A1', 'DCF valuation');
  put(dcf, 'A4', 'Revenue growth'); put(dcf, 'C4', 0.05, null, '0.0%');
  put(dcf, 'A5', 'Discount rate (WACC)'); put(dcf, 'C5', 0.08, null, '0.0%');
  put(dcf, 'A6', 'Terminal growth'); put(dcf, 'C6', 0.02, null, '0.0%');
  put(dcf, 'A8', 'Year');
  ['C', 'D', 'E', 'F', 'G'].forEach((col, i) => put(dcf, col + '8', i + 1));
  put(dcf, 'A9', 'Revenue'); put(dcf, 'C9', 1000);
  put(dcf, 'D9', 1050, '=C9*(1+$C$4)'); put(dcf, 'E9', 1102.5, '=D9*(1+$C$4)');
  put(dcf, 'F9', 1157.625, '=E9*(1+$C$4)'); put(dcf, 'G9', 1215.50625, '=F9*1.05');
  put(dcf, 'A10', 'Free cash flow');
  const revenue = [1000, 1050, 1102.5, 1157.625, 1215.50625];
  const discount = [];
  ['C', 'D', 'E', 'F', 'G'].forEach((col, i) => {
    put(dcf, col + '10', revenue[i] * 0.1, '=' + col + '9*0.1');
    discount.push(1 / Math.pow(1.08, i + 1));
    put(dcf, col + '11', discount[i], '=1/(1+$C$5)^' + col + '8', '0.0000');
    put(dcf, col + '12', revenue[i] * 0.1 * discount[i], '=' + col + '10*' + col + '11', '#,##0.0');
  });
  put(dcf, 'A11', 'Discount factor');
  put(dcf, 'A12', 'Present value of FCF');
  put(dcf, 'A14', 'Terminal value'); put(dcf, 'G14', 2066.360625, '=G10*(1+$C$6)/($C$5-$C$6)', '#,##0.0');
  put(dcf, 'A15', 'Enterprise value'); put(dcf, 'C15', 1844.27, '=SUM(C12:G12)+G14*G11', '#,##0.0');
  dcf.names.push({ name: 'Revenue', formula: '=DCF!$C$9:$G$9', type: 'Range', visible: true });
  const notes = sheet('Notes');
  put(notes, 'A1', 'Source: management case, FY2025');
  book.names.push({ name: 'WACC', formula: '=DCF!$C$5', type: 'Range', visible: true });
  book.names.push({ name: 'TerminalGrowth', formula: '=DCF!$C$6', type: 'Range', visible: true });
  book.names.push({ name: 'Scenario', formula: '="Base"', type: 'String', visible: true });

  // ---- addresses -------------------------------------------------------------------------------
  function columnNumber(letters) {
    let n = 0;
    for (const ch of letters) {
      n = n * 26 + (ch.charCodeAt(0) - 64);
    }
    return n - 1;
  }

  function columnLetters(index) {
    let s = '';
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    }
    return s;
  }

  function a1(row, column) {
    return columnLetters(column) + (row + 1);
  }

  function parseRef(ref) {
    const text = String(ref).toUpperCase().replace(/\$/g, '');
    const [from, to] = text.includes(':') ? text.split(':') : [text, text];
    const cell = /^([A-Z]{1,3})(\d{1,7})$/;
    if (/^\d+$/.test(from) && /^\d+$/.test(to)) {
      return { r0: +from - 1, c0: 0, r1: +to - 1, c1: MAX_COLUMNS - 1 };
    }
    if (/^[A-Z]+$/.test(from) && /^[A-Z]+$/.test(to)) {
      return { r0: 0, c0: columnNumber(from), r1: MAX_ROWS - 1, c1: columnNumber(to) };
    }
    const a = cell.exec(from);
    const b = cell.exec(to);
    if (!a || !b) {
      throw new Error('InvalidArgument: the address ' + ref + ' is not valid');
    }
    return { r0: +a[2] - 1, c0: columnNumber(a[1]), r1: +b[2] - 1, c1: columnNumber(b[1]) };
  }

  function parsed(address) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    return { row: +m[2] - 1, column: columnNumber(m[1]) };
  }

  function quoted(name) {
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
  }

  function findSheet(name) {
    const s = book.sheets.find((x) => x.name.toLowerCase() === String(name).toLowerCase());
    if (!s) {
      throw new Error("ItemNotFound: the worksheet '" + name + "' does not exist");
    }
    return s;
  }

  function isEmpty(cell) {
    return !cell || (cell.formula === null && (cell.value === '' || cell.value === null));
  }

  function log(entry) {
    book.writes.push(entry);
  }

  // ---- batching: objects queue reads and writes; sync runs them in order -------------------------
  class Context {
    constructor() {
      this.queue = [];
      this.workbook = new Workbook(this);
    }

    sync() {
      const queue = this.queue;
      this.queue = [];
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          try {
            queue.forEach((step) => step());
            resolve();
          } catch (e) {
            reject(e);
          }
        }, 0);
      });
    }
  }

  // A client object: properties readable only after load() + sync().
  class ClientObject {
    constructor(context) {
      this.context = context;
      this.loaded = {};
    }

    value(property) {
      if (!(property in this.loaded)) {
        throw new Error("PropertyNotLoaded: The property '" + property + "' is not available. Before reading the"
          + " property's value, call the load method on the containing object and call \"context.sync()\".");
      }
      return this.loaded[property];
    }

    load(properties) {
      const wanted = Array.isArray(properties) ? properties : String(properties || '').split(',');
      this.context.queue.push(() => this.fill(wanted.map((p) => p.trim()).filter(Boolean)));
      return this;
    }
  }

  class Range extends ClientObject {
    constructor(context, locate) {
      super(context);
      this.locate = locate; // () => {sheet, r0, c0, r1, c1} or null for a null object
    }

    fill() {
      const where = this.locate();
      this.loaded.isNullObject = where === null;
      if (where === null) {
        return;
      }
      const { sheet: s, r0, c0, r1, c1 } = where;
      const rows = Math.min(r1, 2000) - r0 + 1;
      const columns = Math.min(c1, 200) - c0 + 1;
      const grid = (read) => Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => read(s.cells.get(a1(r0 + r, c0 + c)))));
      this.loaded.address = quoted(s.name) + '!' + (r0 === r1 && c0 === c1 ? a1(r0, c0) : a1(r0, c0) + ':' + a1(r1, c1));
      this.loaded.rowIndex = r0;
      this.loaded.columnIndex = c0;
      this.loaded.rowCount = r1 - r0 + 1;
      this.loaded.columnCount = c1 - c0 + 1;
      this.loaded.values = grid((cell) => (cell && cell.value !== null ? cell.value : ''));
      this.loaded.formulas = grid((cell) => (cell ? (cell.formula !== null ? cell.formula : (cell.value === null ? '' : cell.value)) : ''));
      this.loaded.numberFormat = grid((cell) => (cell ? cell.numberFormat : 'General'));
    }

    get isNullObject() { return this.value('isNullObject'); }
    get address() { return this.value('address'); }
    get rowIndex() { return this.value('rowIndex'); }
    get columnIndex() { return this.value('columnIndex'); }
    get rowCount() { return this.value('rowCount'); }
    get columnCount() { return this.value('columnCount'); }
    get values() { return this.value('values'); }
    get formulas() { return this.value('formulas'); }
    get numberFormat() { return this.value('numberFormat'); }

    set values(grid) { this.write('values', grid); }
    set formulas(grid) { this.write('formulas', grid); }
    set numberFormat(grid) { this.write('numberFormat', grid); }

    write(property, grid) {
      this.context.queue.push(() => {
        const where = this.locate();
        grid.forEach((row, r) => row.forEach((given, c) => {
          const address = a1(where.r0 + r, where.c0 + c);
          const cells = where.sheet.cells;
          const cell = cells.get(address) || { value: null, formula: null, numberFormat: 'General' };
          if (property === 'numberFormat') {
            cell.numberFormat = given;
          } else if (property === 'formulas' && typeof given === 'string' && given.startsWith('=')) {
            cell.formula = given;
            cell.value = 0;
          } else {
            cell.formula = null;
            cell.value = given === '' ? null : given;
          }
          if (isEmpty(cell) && cell.numberFormat === 'General') {
            cells.delete(address);
          } else {
            cells.set(address, cell);
          }
          log({ sheet: where.sheet.name, address, property, value: given });
        }));
      });
    }

    insert(direction) {
      this.context.queue.push(() => shift(this.locate(), direction, +1));
    }

    delete(direction) {
      this.context.queue.push(() => shift(this.locate(), direction, -1));
    }
  }

  // Moves cells for whole-row or whole-column inserts and deletes (references are not adjusted).
  function shift(where, direction, sign) {
    const down = direction === 'Down' || direction === 'Up';
    const from = down ? where.r0 : where.c0;
    const count = down ? where.r1 - where.r0 + 1 : where.c1 - where.c0 + 1;
    const moved = new Map();
    for (const [address, cell] of where.sheet.cells) {
      const { row, column } = parsed(address);
      const index = down ? row : column;
      if (sign < 0 && index >= from && index < from + count) {
        continue;
      }
      const delta = index >= from ? sign * count : 0;
      moved.set(down ? a1(row + delta, column) : a1(row, column + delta), cell);
    }
    where.sheet.cells = moved;
    log({ sheet: where.sheet.name, address: down ? (where.r0 + 1) + ':' + (where.r1 + 1) : columnLetters(where.c0) + ':' + columnLetters(where.c1), property: sign > 0 ? 'insert' : 'delete', value: direction });
  }

  class Collection extends ClientObject {
    constructor(context, list) {
      super(context);
      this.list = list;
    }

    fill() {
      this.loaded.items = this.list().map((item) => this.wrap(item));
    }

    get items() { return this.value('items'); }

    wrap(item) { return item; }
  }

  class NameCollection extends Collection {
    wrap(item) { return { name: item.name, formula: item.formula, type: item.type, visible: item.visible }; }
  }

  class Worksheet extends ClientObject {
    constructor(context, find) {
      super(context);
      this.find = find;
      this.names = new NameCollection(context, () => this.find().names);
      this.charts = new Charts(context, this);
    }

    fill() {
      this.loaded.name = this.find().name;
    }

    get name() { return this.value('name'); }

    getRange(address) {
      return new Range(this.context, () => ({ sheet: this.find(), ...parseRef(address) }));
    }

    getUsedRangeOrNullObject(valuesOnly) {
      return new Range(this.context, () => {
        const s = this.find();
        let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
        for (const [address, cell] of s.cells) {
          if (valuesOnly && isEmpty(cell)) {
            continue;
          }
          const { row, column } = parsed(address);
          r0 = Math.min(r0, row); c0 = Math.min(c0, column); r1 = Math.max(r1, row); c1 = Math.max(c1, column);
        }
        return r1 < 0 ? null : { sheet: s, r0, c0, r1, c1 };
      });
    }

    delete() {
      this.context.queue.push(() => {
        const s = this.find();
        book.sheets.splice(book.sheets.indexOf(s), 1);
        log({ sheet: s.name, address: null, property: 'deleteSheet', value: null });
      });
    }
  }

  class Charts {
    constructor(context, worksheet) {
      this.context = context;
      this.worksheet = worksheet;
    }

    add(type, range) {
      const chart = { name: 'Chart ' + (book.charts.length + 1) };
      this.context.queue.push(() => {
        const where = range.locate();
        book.charts.push(chart);
        chart.sheet = where.sheet.name;
        log({ sheet: where.sheet.name, address: a1(where.r0, where.c0) + ':' + a1(where.r1, where.c1), property: 'addChart', value: type });
      });
      return {
        set name(value) {
          chart.name = value;
        },
      };
    }

    getItemOrNullObject(name) {
      const context = this.context;
      return {
        delete() {
          context.queue.push(() => {
            const i = book.charts.findIndex((c) => c.name === name);
            if (i >= 0) {
              book.charts.splice(i, 1);
              log({ sheet: null, address: null, property: 'deleteChart', value: name });
            }
          });
        },
      };
    }
  }

  class Worksheets extends Collection {
    constructor(context) {
      super(context, () => book.sheets);
    }

    wrap(s) {
      const w = new Worksheet(this.context, () => s);
      w.loaded.name = s.name;
      return w;
    }

    getItem(name) {
      return new Worksheet(this.context, () => findSheet(name));
    }

    add(name) {
      this.context.queue.push(() => {
        if (book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw new Error('ItemAlreadyExists: a sheet named ' + name + ' exists');
        }
        sheet(name);
        log({ sheet: name, address: null, property: 'addSheet', value: null });
      });
      return this.getItem(name);
    }
  }

  class Workbook {
    constructor(context) {
      this.context = context;
      this.worksheets = new Worksheets(context);
      this.names = new NameCollection(context, () => book.names);
      this.onSelectionChanged = {
        add(handler) {
          book.selectionHandlers.push(handler);
          return { remove() { book.selectionHandlers.splice(book.selectionHandlers.indexOf(handler), 1); } };
        },
      };
    }

    getSelectedRange() {
      return new Range(this.context, () => ({ sheet: findSheet(book.selection.sheet), ...parseRef(book.selection.range) }));
    }
  }

  // ---- the globals Office.js defines -----------------------------------------------------------
  window.Excel = {
    run(batch) {
      const context = new Context();
      return new Promise((resolve) => resolve(batch(context))).then((result) => context.sync().then(() => result));
    },
    InsertShiftDirection: { down: 'Down', right: 'Right' },
    DeleteShiftDirection: { up: 'Up', left: 'Left' },
    ChartType: { columnClustered: 'ColumnClustered' },
    ChartSeriesBy: { auto: 'Auto' },
  };

  window.Office = {
    HostType: { Excel: 'Excel' },
    AsyncResultStatus: { Succeeded: 'succeeded' },
    onReady(callback) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) => setTimeout(() => {
        if (callback) {
          callback(info);
        }
        resolve(info);
      }, 0));
    },
    context: {
      document: {
        settings: {
          get(name) { return Object.prototype.hasOwnProperty.call(book.settings, name) ? book.settings[name] : null; },
          set(name, value) { book.settings[name] = value; },
          remove(name) { delete book.settings[name]; },
          saveAsync(options, callback) {
            const done = typeof options === 'function' ? options : callback;
            setTimeout(() => done && done({ status: 'succeeded' }), 0);
          },
        },
      },
    },
  };

  // ---- what the test sees ------------------------------------------------------------------------
  window.__standin = {
    select(sheetName, range) {
      book.selection = { sheet: sheetName, range };
      book.selectionHandlers.forEach((h) => setTimeout(() => h({ type: 'WorkbookSelectionChanged' }), 0));
    },
    cell(sheetName, address) {
      const cell = findSheet(sheetName).cells.get(address);
      return cell ? { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat } : null;
    },
    // The analyst typing into a cell (a new sheet if need be): not logged, only the pane's writes are.
    type(sheetName, address, value) {
      const s = book.sheets.find((x) => x.name === sheetName) || sheet(sheetName);
      put(s, address, value);
    },
    writes() { return JSON.parse(JSON.stringify(book.writes)); },
    settings() { return JSON.parse(JSON.stringify(book.settings)); },
  };
})();
