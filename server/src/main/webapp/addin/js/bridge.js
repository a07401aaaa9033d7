// The task pane's connection to the appliance's real-time hub (docs/REALTIME.md): a fresh
// single-use token per connect, reconnects with back-off, request/response by id with time-outs.

/** Largest message the hub accepts (UTF-8 bytes); bigger ones would close the socket with 1009. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 30000];
const HEARTBEAT_MS = 25000;

/** An answer of type `error` / `excel.error`, or a local failure (time-out, disconnect, too large). */
export class BridgeError extends Error {
  constructor(code, message, fields = []) {
    super(message || code);
    this.code = code;
    this.fields = fields;
  }
}

/** The hub's address on the page's own origin: wss: when the page is https. */
export function hubUrl(location = window.location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/**
 * One hub connection. Events (EventTarget): `status` {state: connecting|open|waiting|closed, code,
 * reason, retryInMs} and `open` after each (re)connect; `on(type, handler)` for received messages.
 */
export class Bridge extends EventTarget {
  constructor({ fetchToken, url = hubUrl(), timeoutMs = 30000, WebSocketImpl = WebSocket }) {
    super();
    this.fetchToken = fetchToken;
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.WebSocketImpl = WebSocketImpl;
    this.socket = null;
    this.pending = new Map();
    this.handlers = new Map();
    this.nextId = 1;
    this.failures = 0;
    this.unauthorizedInARow = 0;
    this.stopped = true;
    this.retryTimer = null;
    this.heartbeat = null;
  }

  get connected() {
    return this.socket !== null && this.socket.readyState === 1;
  }

  start() {
    if (!this.stopped) {
      return;
    }
    this.stopped = false;
    this.#connect();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.#closeSocket(1000, 'task pane closed');
    this.#status('closed', { reason: 'stopped' });
  }

  /** Calls `handler(envelope)` for every message of `type` (answers included). */
  on(type, handler) {
    if (!this.handlers.has(type)) {
      this.handlers.set(type, new Set());
    }
    this.handlers.get(type).add(handler);
    return () => this.handlers.get(type).delete(handler);
  }

  /** Sends and resolves with the answer (`replyTo` = the id); an error answer rejects with BridgeError. */
  request(type, payload = {}, { timeoutMs = this.timeoutMs } = {}) {
    return new Promise((resolve, reject) => {
      let id;
      try {
        id = this.send(type, payload);
      } catch (e) {
        reject(e);
        return;
      }
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BridgeError('timeout', `No answer to ${type} within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer, type });
    });
  }

  /** Sends without waiting; returns the message id. */
  send(type, payload = {}) {
    if (!this.connected) {
      throw new BridgeError('disconnected', 'Not connected to Gridvault; reconnecting');
    }
    const id = `c-${this.nextId++}`;
    const text = JSON.stringify({ v: 1, type, id, payload });
    if (new TextEncoder().encode(text).length > MAX_MESSAGE_BYTES) {
      throw new BridgeError('too_large', `The ${type} message is over 1 MiB`);
    }
    this.socket.send(text);
    return id;
  }

  async #connect() {
    if (this.stopped) {
      return;
    }
    this.#status('connecting');
    let token;
    try {
      token = await this.fetchToken();
    } catch (e) {
      this.#retry(null, e.message || 'could not get a connection token');
      return;
    }
    if (this.stopped) {
      return;
    }
    const socket = new this.WebSocketImpl(`${this.url}?token=${encodeURIComponent(token)}`);
    this.socket = socket;
    socket.onopen = () => {
      this.unauthorizedInARow = 0;
      this.#status('open');
      this.#startHeartbeat();
      this.dispatchEvent(new CustomEvent('open'));
    };
    socket.onmessage = (event) => this.#receive(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) {
        return;
      }
      this.socket = null;
      this.#stopHeartbeat();
      this.#failPending(new BridgeError('disconnected', `Connection closed (${event.code})`));
      if (!this.stopped) {
        this.#retry(event.code, event.reason);
      }
    };
  }

  #retry(code, reason) {
    // 4401: the token was refused; a fresh one is fetched at once, unless that already failed.
    let delay;
    if (code === 4401 && this.unauthorizedInARow++ === 0) {
      delay = 0;
    } else {
      delay = BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length - 1)];
      this.failures++;
    }
    this.#status('waiting', { code, reason, retryInMs: delay });
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #receive(data) {
    let envelope;
    try {
      envelope = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!envelope || typeof envelope.type !== 'string') {
      return;
    }
    this.failures = 0; // the server talks to us: the connection is healthy, reset the back-off
    const waiting = envelope.replyTo ? this.pending.get(envelope.replyTo) : undefined;
    if (waiting) {
      this.pending.delete(envelope.replyTo);
      clearTimeout(waiting.timer);
      if (envelope.type === 'error' || envelope.type.endsWith('.error')) {
        const p = envelope.payload || {};
        waiting.reject(new BridgeError(p.code || 'error', p.message, p.fields || []));
      } else {
        waiting.resolve(envelope);
      }
    }
    for (const handler of this.handlers.get(envelope.type) || []) {
      try {
        handler(envelope);
      } catch (e) {
        console.warn('handler for', envelope.type, 'failed', e);
      }
    }
  }

  #startHeartbeat() {
    this.#stopHeartbeat();
    // The browser answers the server's pings; this detects a dead server or network on our side.
    this.heartbeat = setInterval(() => {
      this.request('ping', { at: Date.now() }, { timeoutMs: 10000 }).catch((e) => {
        if (e.code === 'timeout') {
          this.#closeSocket(4000, 'no pong');
        }
      });
    }, HEARTBEAT_MS);
  }

  #stopHeartbeat() {
    clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  #closeSocket(code, reason) {
    const socket = this.socket;
    if (socket) {
      socket.close(code, reason);
      if (code === 4000) {
        // close() waits for the server; treat the connection as lost now.
        socket.onclose({ code, reason });
      }
    }
  }

  #failPending(error) {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }

  #status(state, detail = {}) {
    this.dispatchEvent(new CustomEvent('status', { detail: { state, ...detail } }));
  }
}
